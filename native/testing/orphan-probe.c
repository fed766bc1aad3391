/*
 * orphan-probe: a test helper for pause's reaping (test/integration/pause-image.test.ts).
 * Not part of any image; the test compiles it static into a temporary directory and
 * bind-mounts it into a container.
 *
 *   orphan-probe orphan  makes an orphan: forks a child that forks a grandchild and exits at
 *                        once. The grandchild waits until it has been re-parented to PID 1 of
 *                        its PID namespace, reports on stdout (through the probe)
 *                        "orphan pid=<its pid> ppid=<its parent>" and exits, so that it is
 *                        left for PID 1 to reap. Exits 0 once re-parented to 1, else 1.
 *   orphan-probe idle    the control PID 1: sleeps forever and never reaps (SIGCHLD at its
 *                        default disposition), so orphans stay zombies. Only SIGKILL ends it.
 */
#define _POSIX_C_SOURCE 200809L

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int make_orphan(void) {
    int fds[2];
    if (pipe(fds) < 0) {
        perror("pipe");
        return 1;
    }
    pid_t child = fork();
    if (child < 0) {
        perror("fork");
        return 1;
    }
    if (child == 0) {
        pid_t grandchild = fork();
        if (grandchild < 0)
            _exit(1);
        if (grandchild > 0)
            _exit(0); /* the grandchild is orphaned */
        close(fds[0]);
        struct timespec tick = {0, 10 * 1000 * 1000};
        for (int i = 0; i < 500 && getppid() != 1; i++)
            nanosleep(&tick, NULL);
        char line[64];
        int n = snprintf(line, sizeof line, "orphan pid=%d ppid=%d\n", (int)getpid(), (int)getppid());
        if (n > 0 && write(fds[1], line, (size_t)n) < 0)
            _exit(1);
        _exit(0); /* now a child of PID 1, which has to reap it */
    }
    close(fds[1]);
    int status;
    if (waitpid(child, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "orphan-probe: the middle child failed\n");
        return 1;
    }
    char buf[64];
    ssize_t n = read(fds[0], buf, sizeof buf - 1);
    if (n <= 0) {
        fprintf(stderr, "orphan-probe: no report from the orphan\n");
        return 1;
    }
    buf[n] = '\0';
    fputs(buf, stdout);
    return strstr(buf, " ppid=1\n") ? 0 : 1;
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "orphan") == 0)
        return make_orphan();
    if (argc == 2 && strcmp(argv[1], "idle") == 0) {
        for (;;)
            pause();
    }
    fprintf(stderr, "usage: orphan-probe orphan|idle\n");
    return 2;
}
