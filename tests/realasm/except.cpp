#include <stdexcept>
#include <string>
#include <vector>
struct E { int code; };
static int depth(int n) { if (n == 0) throw E{42}; return depth(n - 1) + 1; }
int work(int k) {
    std::vector<std::string> v;
    try {
        for (int i = 0; i < k; i++) v.push_back(std::to_string(i));
        if (k > 3) throw std::runtime_error("big");
        return depth(k);
    } catch (const E &e) {
        return e.code + (int)v.size();
    } catch (const std::exception &e) {
        return -1;
    } catch (...) {
        return -2;
    }
}
int many(int k) {
    int s = 0;
    for (int i = 0; i < k; i++) {
        try { s += work(i); } catch (...) { s--; }
        try { if (i & 1) throw i; } catch (int x) { s += x; }
    }
    return s;
}
