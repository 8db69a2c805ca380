// ncursesw, wide-character build, seen from Swift.
// Swift cannot import function-like macros (BUTTON1_PRESSED, COLOR_PAIR, A_BOLD, stdscr, KEY_F(n)) or
// variadic functions; the static inline functions below expose what the Terminal module needs.
// This target is a system library, so the shim is header-only.
#ifndef ASTRO_CNCURSES_SHIM_H
#define ASTRO_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncurses.h>
#include <term.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static inline WINDOW *cn_stdscr(void) { return stdscr; }
// C's standard streams are mutable globals, which Swift 6 refuses to read; these functions hand them over.
static inline FILE *cn_stdin(void) { return stdin; }
static inline FILE *cn_stdout(void) { return stdout; }

// MARK: Mouse masks (their bit layout depends on NCURSES_MOUSE_VERSION).
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cn_button2_pressed(void) { return BUTTON2_PRESSED; }
static inline mmask_t cn_button2_released(void) { return BUTTON2_RELEASED; }
static inline mmask_t cn_button2_clicked(void) { return BUTTON2_CLICKED; }
static inline mmask_t cn_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t cn_button3_released(void) { return BUTTON3_RELEASED; }
static inline mmask_t cn_button3_clicked(void) { return BUTTON3_CLICKED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t cn_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
static inline mmask_t cn_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t cn_button_shift(void) { return BUTTON_SHIFT; }
static inline mmask_t cn_button_ctrl(void) { return BUTTON_CTRL; }
static inline mmask_t cn_button_alt(void) { return BUTTON_ALT; }

// MARK: Attributes and colour pairs.
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_color_pair(short pair) { return (attr_t)COLOR_PAIR(pair); }
static inline int cn_attrset(WINDOW *win, attr_t attrs) { return wattrset(win, (int)attrs); }

/// The number of colours the terminal has (ncurses' COLORS, a mutable global Swift 6 refuses to read).
static inline int cn_colors(void) { return COLORS; }

// MARK: Keys.
static inline int cn_key_f(int n) { return KEY_F(n); }

// MARK: Terminal capabilities.
/// terminfo's `kmous` (the prefix of a mouse report), or NULL when absent or cancelled.
static inline const char *cn_kmous(void) {
    char *value = tigetstr("kmous");
    if (value == NULL || value == (char *)-1 || value == (char *)0) { return NULL; }
    return value;
}

/// Writes raw bytes to the terminal (private mode switches ncurses does not know about) and flushes.
static inline void cn_write_raw(const char *bytes) {
    fputs(bytes, stdout);
    fflush(stdout);
}

// MARK: Signals, handled without handlers: they are blocked and collected synchronously, so no code runs
// in signal context and restoring the terminal always happens on the main thread.
static inline sigset_t cn_signal_set(const int *signals, int count) {
    sigset_t set;
    sigemptyset(&set);
    for (int i = 0; i < count; i++) { sigaddset(&set, signals[i]); }
    return set;
}

static inline int cn_block_signals(const int *signals, int count) {
    sigset_t set = cn_signal_set(signals, count);
    return sigprocmask(SIG_BLOCK, &set, NULL);
}

static inline int cn_unblock_signals(const int *signals, int count) {
    sigset_t set = cn_signal_set(signals, count);
    return sigprocmask(SIG_UNBLOCK, &set, NULL);
}

/// Returns a pending signal among `signals` (consuming it), or 0 when none is pending. Never waits.
static inline int cn_take_pending_signal(const int *signals, int count) {
    sigset_t set = cn_signal_set(signals, count);
    struct timespec zero = {0, 0};
    int sig = sigtimedwait(&set, NULL, &zero);
    return sig > 0 ? sig : 0;
}

/// The codeset of the current locale (after setlocale), e.g. "UTF-8" or "ANSI_X3.4-1968".
static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }

#endif
