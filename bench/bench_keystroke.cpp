// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Keystroke latency in the body editor: a shown CodeEditor with the Markdown highlighter
// on a generated body of about 70 KB (headings, lists, code fences, examples). Types at
// the start, in the middle and inside a code fence, and reports the median and the 95th
// percentile per keystroke, key handling, re-highlighting and painting included. A
// benchmark, not a test: it fails only if it cannot run. Figures: docs/benchmarks.md.

#include "codeeditor.h"
#include "highlighterfactory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextDocumentLayout>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Agentry;

namespace {

// A body shaped like the long agents of the corpus: sections of prose with inline markup,
// lists, quotes, examples and fenced code.
QString generateBody(int bytes)
{
    QString body;
    for (int section = 1; body.size() < bytes; ++section) {
        const QString n = QString::number(section);
        body += QStringLiteral("## Section ") + n + QStringLiteral(": reviewing *changes* safely\n\n");
        body += QStringLiteral("When the user asks for a review, read the **whole diff** first, then run "
                               "`git log -p` on the touched files and check each snake_case_name against the "
                               "[style guide](https://example.com/guide/")
            + n + QStringLiteral("). Report findings by severity.\n\n");
        body += QStringLiteral("- Check error handling in every `catch` block\n"
                               "- Flag *silent* failures and **unbounded** retries\n"
                               "  - nested: prefer <https://example.com/retries>\n"
                               "1. Summarise the change\n"
                               "2. List the risks\n\n");
        body += QStringLiteral("> Note: never approve a change you have not run.\n\n");
        body += QStringLiteral("```python\n"
                               "def review(diff: str) -> list[str]:\n"
                               "    # collect findings, worst first\n"
                               "    findings = []\n"
                               "    for hunk in diff.split('@@'):\n"
                               "        if 'TODO' in hunk:\n"
                               "            findings.append('unfinished work')\n"
                               "    return sorted(findings)\n"
                               "```\n\n");
        body += QStringLiteral("<example>\nContext: the user asks for a review of section ") + n
            + QStringLiteral(".\nuser: \"Review my change\"\n"
                             "assistant: \"I'll use the reviewer agent.\"\n</example>\n\n");
    }
    return body;
}

struct Figures
{
    double median;
    double p95;
    double max;
};

Figures summarise(std::vector<double> milliseconds)
{
    std::sort(milliseconds.begin(), milliseconds.end());
    const auto at = [&milliseconds](double fraction) {
        return milliseconds[static_cast<std::size_t>(fraction * static_cast<double>(milliseconds.size() - 1) + 0.5)];
    };
    return {at(0.5), at(0.95), milliseconds.back()};
}

enum class At { Start, End };

// Types `count` keystrokes at the start or end of `block`: alternately `key` and Backspace,
// so that the text keeps its size. Each is timed until its repaint is done.
std::vector<double> type(CodeEditor *editor, const QTextBlock &block, At at, int count, Qt::Key key)
{
    QTextCursor cursor(block);
    if (at == At::End)
        cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->centerCursor();
    QCoreApplication::processEvents();
    std::vector<double> milliseconds;
    milliseconds.reserve(static_cast<std::size_t>(count));
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        QTest::keyClick(editor, i % 2 == 0 ? key : Qt::Key_Backspace);
        QCoreApplication::processEvents();
        milliseconds.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return milliseconds;
}

// The block numbers of the first lines of the document that start with `prefix`.
QList<int> blocksStartingWith(const QTextDocument *document, const QString &prefix)
{
    QList<int> numbers;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(prefix))
            numbers.append(block.blockNumber());
    }
    return numbers;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Keystroke latency in the body editor"));
    parser.addHelpOption();
    const QCommandLineOption keystrokesOption(QStringLiteral("keystrokes"),
                                              QStringLiteral("Keystrokes per position (default 400)."),
                                              QStringLiteral("count"), QStringLiteral("400"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Body size in KB (default 70)."),
                                        QStringLiteral("kb"), QStringLiteral("70"));
    const QCommandLineOption plainLayoutOption(
        QStringLiteral("plain-layout"),
        QStringLiteral("Use QPlainTextDocumentLayout instead of CodeDocumentLayout, for comparison."));
    parser.addOption(keystrokesOption);
    parser.addOption(sizeOption);
    parser.addOption(plainLayoutOption);
    parser.process(app);
    const int keystrokes = qMax(2, parser.value(keystrokesOption).toInt());
    const int bytes = qMax(1, parser.value(sizeOption).toInt()) * 1024;

    CodeEditor editor;
    editor.resize(1000, 700);
    editor.show();
    if (parser.isSet(plainLayoutOption)) {
        auto *plain = new QTextDocument(&editor);
        plain->setDocumentLayout(new QPlainTextDocumentLayout(plain));
        editor.setDocument(plain);
    }
    editor.setPlainText(generateBody(bytes));
    QTextDocument *document = editor.document();

    // Once per process: KSyntaxHighlighting loads its repository and the definitions the
    // Markdown one includes (the languages of fenced code) on first use.
    QElapsedTimer timer;
    timer.start();
    {
        QTextDocument warmUp;
        warmUp.setDocumentLayout(new QPlainTextDocumentLayout(&warmUp));
        warmUp.setPlainText(QStringLiteral("# Warm-up\n\n```python\npass\n```\n"));
        HighlighterFactory::create(&warmUp, HighlighterFactory::Mode::Body, editor.palette(), &warmUp)->rehighlight();
    }
    const double firstUse = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.start();
    QSyntaxHighlighter *highlighter =
        HighlighterFactory::create(document, HighlighterFactory::Mode::Body, editor.palette(), document);
    highlighter->rehighlight();
    const double fullHighlight = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    editor.setColors(HighlighterFactory::editorColors(editor.palette()));
    editor.setFocus();
    QCoreApplication::processEvents();

    const QList<int> paragraphs = blocksStartingWith(document, QStringLiteral("When the user"));
    const QList<int> code = blocksStartingWith(document, QStringLiteral("    findings = []"));
    const QList<int> fences = blocksStartingWith(document, QStringLiteral("```python"));
    if (paragraphs.size() < 3 || code.size() < 3 || fences.size() < 3) {
        std::fprintf(stderr, "bench_keystroke: the generated body is too small\n");
        return 1;
    }

    const bool ksyntaxHighlighting = HighlighterFactory::backend() == HighlighterFactory::Backend::KSyntaxHighlighting;
    const char *backend = ksyntaxHighlighting ? "KSyntaxHighlighting" : "built-in";
    std::printf("Body: %lld bytes, %d lines; highlighter: %s; layout: %s; Qt %s; %d keystrokes per position\n",
                static_cast<long long>(document->characterCount()), document->blockCount(), backend,
                document->documentLayout()->metaObject()->className(), qVersion(), keystrokes);
    std::printf("First highlighter of the process: %.1f ms; full highlight of the body: %.1f ms\n", firstUse,
                fullHighlight);
    // Other processes on the cores show up as slow keystrokes: say how busy the machine was.
    QFile loadAverage(QStringLiteral("/proc/loadavg"));
    if (loadAverage.open(QIODevice::ReadOnly))
        std::printf("Load average: %s\n", loadAverage.readLine().trimmed().constData());
    std::printf("\n");
    std::printf("| Where | Median | p95 | Max |\n|---|---|---|---|\n");

    struct Position
    {
        const char *name;
        std::vector<double> milliseconds;
    };
    const int middle = static_cast<int>(paragraphs.size() / 2);
    const std::vector<Position> positions = {
        {"start (a paragraph)",
         type(&editor, document->findBlockByNumber(paragraphs.first()), At::End, keystrokes, Qt::Key_X)},
        {"middle (a paragraph)",
         type(&editor, document->findBlockByNumber(paragraphs.at(middle)), At::End, keystrokes, Qt::Key_X)},
        {"inside a code fence",
         type(&editor, document->findBlockByNumber(code.at(code.size() / 2)), At::End, keystrokes, Qt::Key_X)},
        // Not the usual keystroke: a fourth backtick on an opening fence leaves it unclosed,
        // so every line below changes between code and Markdown, and back on Backspace.
        {"a backtick that re-opens the rest (worst case)",
         type(&editor, document->findBlockByNumber(fences.at(fences.size() / 2)), At::Start, qMin(keystrokes, 40),
              Qt::Key_QuoteLeft)},
    };
    for (const Position &position : positions) {
        const Figures figures = summarise(position.milliseconds);
        std::printf("| %s | %.2f ms | %.2f ms | %.2f ms |\n", position.name, figures.median, figures.p95, figures.max);
    }
    return 0;
}
