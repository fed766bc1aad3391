/*
 * pty-relay: a test helper that runs a command on a pseudo-terminal, as a user at a terminal
 * would (test/integration/pod-cli/interactive.test.ts). Not part of podctl; the test compiles it
 * into a temporary directory.
 *
 *   pty-relay ROWS COLS COMMAND [ARG]...
 *
 * The command runs as the session leader of a new pseudo-terminal of ROWS x COLS, which is its
 * stdin, stdout, stderr and controlling terminal. pty-relay copies its own stdin to the terminal
 * (what the user types) and the terminal's output to its own stdout, byte for byte.
 *
 * Commands, one per line, on fd 3 (optional: a pipe from the test):
 *   size ROWS COLS   set the terminal's size (TIOCSWINSZ; the kernel sends SIGWINCH to the
 *                    terminal's foreground process group)
 *   winch            send SIGWINCH to the command
 *   termios          report the terminal's modes now, on stderr: "pty-relay: termios icanon=0
 *                    echo=0 isig=0 opost=0 vmin=1 vtime=0" (flags: 1 when set)
 *
 * When the command exits, pty-relay reads what is left of the output, then compares the
 * terminal's modes (termios: input, output, control and local flags, VMIN and VTIME) with what
 * they were before the command ran, and reports "pty-relay: termios restored" or "pty-relay:
 * termios changed" on stderr. It exits with the command's status (128 + N after signal N).
 */
#define _GNU_SOURCE

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <utmp.h>

static int write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* The terminal's current modes, through its slave side (the master has modes of its own). */
static int slave_termios(int master, struct termios *t) {
    const char *name = ptsname(master);
    if (!name)
        return -1;
    int fd = open(name, O_RDWR | O_NOCTTY);
    if (fd < 0)
        return -1;
    int r = tcgetattr(fd, t);
    close(fd);
    return r;
}

static int same_modes(const struct termios *a, const struct termios *b) {
    return a->c_iflag == b->c_iflag && a->c_oflag == b->c_oflag && a->c_cflag == b->c_cflag && a->c_lflag == b->c_lflag &&
           a->c_cc[VMIN] == b->c_cc[VMIN] && a->c_cc[VTIME] == b->c_cc[VTIME];
}

static void control(int master, pid_t child, char *line) {
    unsigned rows, cols;
    if (sscanf(line, "size %u %u", &rows, &cols) == 2) {
        struct winsize ws = {.ws_row = (unsigned short)rows, .ws_col = (unsigned short)cols};
        if (ioctl(master, TIOCSWINSZ, &ws) < 0)
            perror("pty-relay: TIOCSWINSZ");
    } else if (strcmp(line, "winch") == 0) {
        kill(child, SIGWINCH);
    } else if (strcmp(line, "termios") == 0) {
        struct termios t;
        if (slave_termios(master, &t) < 0) {
            perror("pty-relay: termios");
            return;
        }
        fprintf(stderr, "pty-relay: termios icanon=%d echo=%d isig=%d opost=%d vmin=%d vtime=%d\n", !!(t.c_lflag & ICANON), !!(t.c_lflag & ECHO),
                !!(t.c_lflag & ISIG), !!(t.c_oflag & OPOST), t.c_cc[VMIN], t.c_cc[VTIME]);
    } else {
        fprintf(stderr, "pty-relay: unknown command: %s\n", line);
    }
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: pty-relay ROWS COLS COMMAND [ARG]...\n");
        return 2;
    }
    /* before openpty, which would take fd 3 when no control pipe is there */
    int ctl = fcntl(3, F_GETFD) >= 0 ? 3 : -1;
    struct winsize ws = {.ws_row = (unsigned short)atoi(argv[1]), .ws_col = (unsigned short)atoi(argv[2])};
    int master, slave;
    if (openpty(&master, &slave, NULL, NULL, &ws) < 0) {
        perror("pty-relay: openpty");
        return 1;
    }
    struct termios before;
    if (tcgetattr(slave, &before) < 0) {
        perror("pty-relay: tcgetattr");
        return 1;
    }
    fflush(NULL);
    pid_t child = fork();
    if (child < 0) {
        perror("pty-relay: fork");
        return 1;
    }
    if (child == 0) {
        close(master);
        if (ctl >= 0)
            close(ctl);
        if (login_tty(slave) < 0)
            _exit(127);
        execvp(argv[3], argv + 3);
        perror("pty-relay: exec");
        _exit(127);
    }
    close(slave);
    signal(SIGPIPE, SIG_IGN);
    setvbuf(stderr, NULL, _IONBF, 0);

    int in = 0, status = 0, exited = 0;
    char buf[16384], line[256];
    size_t line_len = 0;
    struct timespec drain_from = {0, 0};
    for (;;) {
        if (!exited) {
            pid_t w = waitpid(child, &status, WNOHANG);
            if (w == child) {
                exited = 1;
                clock_gettime(CLOCK_MONOTONIC, &drain_from);
            }
        }
        struct pollfd p[3];
        int n = 0;
        p[n++] = (struct pollfd){.fd = master, .events = POLLIN};
        if (in >= 0 && !exited)
            p[n++] = (struct pollfd){.fd = in, .events = POLLIN};
        if (ctl >= 0 && !exited)
            p[n++] = (struct pollfd){.fd = ctl, .events = POLLIN};
        int r = poll(p, (nfds_t)n, exited ? 50 : 100);
        if (r < 0 && errno != EINTR)
            break;
        if (exited && r == 0) {
            /* nothing more within 50 ms; anything later than 2 s after the exit is not waited for */
            break;
        }
        if (exited) {
            struct timespec now;
            clock_gettime(CLOCK_MONOTONIC, &now);
            if (now.tv_sec - drain_from.tv_sec > 2)
                break;
        }
        for (int i = 0; i < n && r > 0; i++) {
            if (!p[i].revents)
                continue;
            ssize_t got = read(p[i].fd, buf, sizeof buf);
            if (p[i].fd == master) {
                if (got > 0)
                    write_all(1, buf, (size_t)got);
                else if (got < 0 && errno == EINTR)
                    continue;
                else if (exited)
                    goto done; /* EIO: no slave is open any more */
            } else if (p[i].fd == in) {
                if (got > 0)
                    write_all(master, buf, (size_t)got);
                else if (got == 0 || (got < 0 && errno != EINTR))
                    in = -1; /* the user typed all there was; the terminal stays */
            } else if (p[i].fd == ctl) {
                if (got <= 0) {
                    ctl = -1;
                    continue;
                }
                for (ssize_t k = 0; k < got; k++) {
                    if (buf[k] == '\n' || line_len == sizeof line - 1) {
                        line[line_len] = '\0';
                        control(master, child, line);
                        line_len = 0;
                    } else {
                        line[line_len++] = buf[k];
                    }
                }
            }
        }
    }
done:
    if (!exited && waitpid(child, &status, 0) < 0)
        status = 0;
    struct termios after;
    if (slave_termios(master, &after) < 0)
        perror("pty-relay: termios after");
    else
        fprintf(stderr, "pty-relay: termios %s\n", same_modes(&before, &after) ? "restored" : "changed");
    close(master);
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return 1;
}
