/*
 * /usr/bin/{{ cookiecutter.app_name }}: start {{ cookiecutter.formal_name }} on the distribution's libpython.
 *
 * Runs the embedded interpreter as `python -I -S -c BOOT <install dir> <arguments...>`: isolated
 * (no PYTHON* variables, no user site), without `site` (so nothing from Debian's dist-packages),
 * with the app and its app_packages put on sys.path by BOOT. The exit status is the app's.
 */
#include <Python.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

static const char BOOT[] =
    "import os, runpy, site, sys\n"
    "lib = sys.argv.pop(1)\n"
    "sys.argv[0] = os.environ.get('BRIEFCASE_MAIN_MODULE') or '" MAIN_MODULE "'\n"
    "sys.path[0:0] = [os.path.join(lib, 'app')]\n"
    "site.addsitedir(os.path.join(lib, 'app_packages'))\n"
    "runpy.run_module(sys.argv[0], run_name='__main__', alter_sys=True)\n";

int main(int argc, char *argv[]) {
    char exe[PATH_MAX];
    char lib[PATH_MAX];
    if (realpath("/proc/self/exe", exe) == NULL) {
        perror(APP_NAME ": cannot find its own location");
        return 127;
    }
    /* /usr/bin/<app> -> /usr -> /usr/lib/<app> */
    char *prefix = dirname(dirname(exe));
    if (snprintf(lib, sizeof lib, "%s/lib/%s", prefix, APP_NAME) >= (int)sizeof lib) {
        fprintf(stderr, APP_NAME ": install path too long\n");
        return 127;
    }
    char **args = calloc((size_t)argc + 6, sizeof *args);
    if (args == NULL) {
        perror(APP_NAME);
        return 127;
    }
    int n = 0;
    args[n++] = argv[0];
    args[n++] = "-I";
    args[n++] = "-S";
    args[n++] = "-c";
    args[n++] = (char *)BOOT;
    args[n++] = lib;
    for (int i = 1; i < argc; i++) {
        args[n++] = argv[i];
    }
    args[n] = NULL;
    int status = Py_BytesMain(n, args);
    free(args);
    return status;
}
