/* LD_PRELOAD shim for the Janus test harness (tests/support/janus.py): getifaddrs() reports only the
 * loopback interface's IPv4 address, without IFF_LOOPBACK, so Janus gathers a 127.0.0.1 host
 * candidate (it skips loopback interfaces, and tests must never send traffic off 127.0.0.0/8).
 * Every list handed out is this shim's own copy, so freeifaddrs() is replaced as well. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

struct node {
    struct ifaddrs ifa;
    struct sockaddr_in addr;
    struct sockaddr_in mask;
    char name[IF_NAMESIZE];
};

int getifaddrs(struct ifaddrs **out) {
    int (*real)(struct ifaddrs **) = (int (*)(struct ifaddrs **))dlsym(RTLD_NEXT, "getifaddrs");
    void (*real_free)(struct ifaddrs *) = (void (*)(struct ifaddrs *))dlsym(RTLD_NEXT, "freeifaddrs");
    struct ifaddrs *all = NULL, *ifa;
    struct node *head = NULL, *tail = NULL;
    if (real == NULL || real_free == NULL || real(&all) != 0)
        return -1;
    for (ifa = all; ifa != NULL; ifa = ifa->ifa_next) {
        if (ifa->ifa_addr == NULL || ifa->ifa_addr->sa_family != AF_INET)
            continue;
        if (((struct sockaddr_in *)ifa->ifa_addr)->sin_addr.s_addr != htonl(INADDR_LOOPBACK))
            continue;
        struct node *n = calloc(1, sizeof(struct node));
        if (n == NULL)
            break;
        memcpy(&n->addr, ifa->ifa_addr, sizeof(struct sockaddr_in));
        if (ifa->ifa_netmask != NULL)
            memcpy(&n->mask, ifa->ifa_netmask, sizeof(struct sockaddr_in));
        strncpy(n->name, ifa->ifa_name ? ifa->ifa_name : "lo", IF_NAMESIZE - 1);
        n->ifa.ifa_name = n->name;
        n->ifa.ifa_flags = (ifa->ifa_flags & ~IFF_LOOPBACK) | IFF_UP | IFF_RUNNING;
        n->ifa.ifa_addr = (struct sockaddr *)&n->addr;
        n->ifa.ifa_netmask = (struct sockaddr *)&n->mask;
        if (tail == NULL)
            head = n;
        else
            tail->ifa.ifa_next = &n->ifa;
        tail = n;
    }
    real_free(all);
    *out = head == NULL ? NULL : &head->ifa;
    return 0;
}

void freeifaddrs(struct ifaddrs *ifa) {
    while (ifa != NULL) {
        struct ifaddrs *next = ifa->ifa_next;
        free(ifa); /* ifa is the first member of its node */
        ifa = next;
    }
}
