// zlib, for reading gzipped MNIST idx files.
#include <zlib.h>
