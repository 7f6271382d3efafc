.int e:
