// ncursesw, wide-character build. Swift cannot import macros such as BUTTON1_PRESSED or stdscr;
// the static inline functions below expose them.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncurses.h>
#include <locale.h>

static inline WINDOW *cn_stdscr(void) { return stdscr; }
