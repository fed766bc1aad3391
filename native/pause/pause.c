/*
 * pause: the infra process of a podctl pod.
 *
 * It is PID 1 of the pod's PID namespace and does nothing but wait:
 *   - SIGINT and SIGTERM end it with status 0 (PID 1 of a namespace gets no default signal
 *     action, so without these handlers it could only be stopped by SIGKILL);
 *   - SIGCHLD reaps every exited child, so that processes re-parented to it (orphans of
 *     the pod's members) never stay zombies;
 *   - `pause -v` prints its version and exits 0.
 *
 * Written for podctl; built static: gcc -Os -static -s -Wall -Wextra -Werror.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef PAUSE_VERSION
#define PAUSE_VERSION "podctl-0.1.0"
#endif

/* write(2) the whole of a NUL-terminated string; errors are ignored (nothing to do about them). */
static void put(int fd, const char *s) {
    size_t len = strlen(s);
    while (len > 0) {
        ssize_t n = write(fd, s, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        s += n;
        len -= (size_t)n;
    }
}

static void on_exit_signal(int sig) {
    (void)sig;
    _exit(0);
}

/* Reaps every child that has exited, without blocking. Async-signal-safe; keeps errno. */
static void reap(int sig) {
    int saved = errno;
    int status;
    (void)sig;
    while (waitpid(-1, &status, WNOHANG) > 0) {
    }
    errno = saved;
}

static int install(int sig, void (*handler)(int), int flags) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sa.sa_flags = flags;
    sigfillset(&sa.sa_mask); /* one handler at a time */
    return sigaction(sig, &sa, NULL);
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "-v") == 0) {
        put(STDOUT_FILENO, "pause " PAUSE_VERSION "\n");
        return 0;
    }
    if (argc > 1) {
        put(STDERR_FILENO, "usage: pause [-v]\n");
        return 2;
    }

    if (install(SIGINT, on_exit_signal, 0) < 0 || install(SIGTERM, on_exit_signal, 0) < 0 ||
        install(SIGCHLD, reap, SA_NOCLDSTOP | SA_RESTART) < 0) {
        put(STDERR_FILENO, "pause: sigaction failed\n");
        return 1;
    }
    /* Children that exited before the handler was in place sent their SIGCHLD to nobody. */
    reap(SIGCHLD);

    if (getpid() != 1)
        put(STDERR_FILENO, "pause: warning: not running as PID 1; orphans will not be re-parented here\n");

    for (;;)
        pause();
}
