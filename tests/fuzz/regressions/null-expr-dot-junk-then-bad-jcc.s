.int .?
jl
