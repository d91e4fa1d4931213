// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The architecture as a test: every `#include` of the project's sources points down the
// layers (models/text → runtime → document → validation → library → matrix → conversion → bundles →
// widgets → app/cli, app/gui), models/ never includes QtWidgets, and every source file
// carries its SPDX licence lines.
class TestLayers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkerFindsUpwardIncludes_data();
    void checkerFindsUpwardIncludes();
    void includesPointDown();
    void everySourceFileHasSpdxLines();

private:
    // The layer of a file by its path from the source root: app/main.cpp stands above them
    // all; -1 for files outside them.
    static int layerOf(const QString &path);
    // The layer an include names, or -1 for a header outside the layers (Qt, the standard library).
    int layerOfInclude(const QString &fromPath, const QString &include) const;
    // What is wrong with one file's includes, one line each; empty when nothing is.
    QStringList problems(const QString &path, const QByteArray &text) const;
    static QStringList sources(const QStringList &folders);

    QSet<QString> m_widgetHeaders;   // file names of widgets/*.h
    QSet<QString> m_qtWidgetHeaders; // class headers of QtWidgets
};

namespace {

const QStringList kLayers = {QStringLiteral("models/text"),       QStringLiteral("models/runtime"), QStringLiteral("models/document"),
                             QStringLiteral("models/validation"), QStringLiteral("models/library"), QStringLiteral("models/matrix"),
                             QStringLiteral("models/conversion"), QStringLiteral("models/bundles"),    QStringLiteral("widgets"),        QStringLiteral("app/cli"),
                             QStringLiteral("app/gui")};

QString sourceRoot()
{
    return QStringLiteral(AGENTRY_SOURCE_DIR);
}

} // namespace

void TestLayers::initTestCase()
{
    for (const QString &path : sources({QStringLiteral("widgets")}))
        m_widgetHeaders.insert(QFileInfo(path).fileName());
    QVERIFY(m_widgetHeaders.contains(QStringLiteral("codeeditor.h")));
    const QDir qtWidgets(QStringLiteral(AGENTRY_QTWIDGETS_INCLUDE_DIR));
    for (const QString &name : qtWidgets.entryList(QDir::Files))
        m_qtWidgetHeaders.insert(name);
    QVERIFY2(m_qtWidgetHeaders.contains(QStringLiteral("QWidget")), AGENTRY_QTWIDGETS_INCLUDE_DIR);
}

int TestLayers::layerOf(const QString &path)
{
    if (path == QLatin1String("app/main.cpp"))
        return int(kLayers.size());
    for (int i = int(kLayers.size()) - 1; i >= 0; --i) {
        if (path.startsWith(kLayers.at(i) + u'/'))
            return i;
    }
    return -1;
}

int TestLayers::layerOfInclude(const QString &fromPath, const QString &include) const
{
    const QString folder = include.section(u'/', 0, 0);
    if (include.contains(u'/')) {
        const int models = int(kLayers.indexOf(QStringLiteral("models/") + folder));
        if (models >= 0)
            return models;
        const int app = int(kLayers.indexOf(QStringLiteral("app/") + folder));
        if (app >= 0)
            return app;
    }
    if (m_widgetHeaders.contains(include))
        return int(kLayers.indexOf(QStringLiteral("widgets")));
    // A bare name next to the including file (the rules' own helpers) stays in its layer.
    if (!include.contains(u'/') && QFileInfo::exists(QFileInfo(sourceRoot() + u'/' + fromPath).dir().filePath(include)))
        return layerOf(fromPath);
    return -1;
}

QStringList TestLayers::problems(const QString &path, const QByteArray &text) const
{
    static const QRegularExpression includeLine(QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"),
                                                QRegularExpression::MultilineOption);
    QStringList found;
    const int layer = layerOf(path);
    auto it = includeLine.globalMatch(QString::fromUtf8(text));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString include = match.captured(2);
        if (match.captured(1) == u"<") {
            const bool qtWidgets = include.startsWith(QLatin1String("QtWidgets/")) || m_qtWidgetHeaders.contains(include);
            if (qtWidgets && path.startsWith(QLatin1String("models/")))
                found << QStringLiteral("%1 includes QtWidgets (%2)").arg(path, include);
            // A project header in angle brackets is still one of the layers'.
            if (!include.contains(u'/'))
                continue;
        }
        const int target = layerOfInclude(path, include);
        // app/cli and app/gui stand side by side: neither includes the other.
        const bool sideways = layer >= 0 && target >= 0 && layer != target && kLayers.value(layer).startsWith(QLatin1String("app/"))
            && kLayers.at(target).startsWith(QLatin1String("app/"));
        if (target > layer || sideways)
            found << QStringLiteral("%1 (%2) includes %3 (%4)").arg(path, kLayers.value(layer), include, kLayers.at(target));
    }
    return found;
}

QStringList TestLayers::sources(const QStringList &folders)
{
    QStringList paths;
    for (const QString &folder : folders) {
        QDirIterator it(sourceRoot() + u'/' + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << QDir(sourceRoot()).relativeFilePath(it.next());
    }
    paths.sort();
    return paths;
}

// The checker itself must be able to fail: an include up the layers is caught wherever it is.
void TestLayers::checkerFindsUpwardIncludes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("problems");

    QTest::newRow("text includes runtime") << "models/text/frontmatter.cpp" << QByteArray("#include \"runtime/runtimereader.h\"\n") << 1;
    QTest::newRow("document includes library") << "models/document/agentdocument.h" << QByteArray("  #include \"library/agentlibrary.h\"\n") << 1;
    QTest::newRow("models include a widget") << "models/library/agentlibrary.cpp" << QByteArray("#include \"codeeditor.h\"\n") << 1;
    QTest::newRow("models include QtWidgets") << "models/matrix/matrixreport.cpp" << QByteArray("#include <QWidget>\n#include <QtWidgets/QLabel>\n") << 2;
    QTest::newRow("widgets include the window") << "widgets/codeeditor.cpp" << QByteArray("#include \"gui/mainwindow.h\"\n") << 1;
    QTest::newRow("cli includes gui") << "app/cli/checkcommand.cpp" << QByteArray("#include \"gui/theme.h\"\n") << 1;
    QTest::newRow("angle brackets do not hide it") << "models/text/frontmatter.cpp" << QByteArray("#include <library/agentlibrary.h>\n") << 1;
    QTest::newRow("down is fine") << "models/library/agentlibrary.cpp"
                                  << QByteArray("#include \"text/agenttext.h\"\n#include \"runtime/runtimereader.h\"\n#include <QString>\n") << 0;
    QTest::newRow("main uses both") << "app/main.cpp" << QByteArray("#include \"cli/commandline.h\"\n#include \"gui/guiapplication.h\"\n") << 0;
    QTest::newRow("the window may use widgets") << "app/gui/mainwindow.cpp" << QByteArray("#include \"codeeditor.h\"\n#include <QWidget>\n") << 0;
}

void TestLayers::checkerFindsUpwardIncludes()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, text);
    QFETCH(int, problems);
    QCOMPARE(this->problems(path, text).size(), problems);
}

void TestLayers::includesPointDown()
{
    const QStringList paths = sources({QStringLiteral("models"), QStringLiteral("widgets"), QStringLiteral("app")});
    QVERIFY(paths.size() > 200);
    QStringList found;
    for (const QString &path : paths) {
        QFile file(sourceRoot() + u'/' + path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        found << problems(path, file.readAll());
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestLayers::everySourceFileHasSpdxLines()
{
    const QStringList paths = sources({QStringLiteral("models"), QStringLiteral("widgets"), QStringLiteral("app"), QStringLiteral("tests"),
                                       QStringLiteral("bench")});
    QStringList missing;
    for (const QString &path : paths) {
        if (path.startsWith(QLatin1String("tests/fixtures/")))
            continue;
        QFile file(sourceRoot() + u'/' + path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(200);
        if (!head.startsWith("// SPDX-FileCopyrightText: ") || !head.contains("\n// SPDX-License-Identifier: GPL-3.0-or-later\n"))
            missing << path;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
