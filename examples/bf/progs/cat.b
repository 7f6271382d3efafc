[cat: copies its input to its output until the end of input (a 0 byte)]
,[.,]
