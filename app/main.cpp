#include "commandline.h"
#include "guiapplication.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Only the window gets a QApplication, which needs a display; subcommands run headless.
    if (!CommandLine::handles(arguments))
        return runGui(argc, argv);

    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CommandLine::run(arguments, out, err);
}
