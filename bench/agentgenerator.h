// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <random>
#include <string>

namespace Agentry {

// Writes synthetic agent files shaped like the public corpus — sizes, frontmatter styles,
// shares of tools, models and colours, project and plugin folders — the same bytes for
// the same seed and count, so benchmark figures can be compared between machines.
class AgentGenerator
{
public:
    // What one run wrote, to compare with the corpus figures.
    struct Summary
    {
        int files = 0;
        int pluginFiles = 0;
        qint64 bytes = 0;
        qint64 medianSize = 0;
        qint64 p95Size = 0;
        qint64 maxSize = 0;
        int withoutFrontmatter = 0;
        int invalidYaml = 0; // written so that strict YAML rejects the frontmatter, as 11% of real files are
        int foldedDescription = 0;
        int literalDescription = 0;
        int withoutTools = 0;
        int toolsComma = 0;
        int toolsFlow = 0;
        int toolsBlock = 0;
        int toolsOther = 0; // an OpenCode map, `"*"` or `[]`
        int withoutModel = 0;
        int withColor = 0;
    };

    // `seed` picks the whole set: the same seed and count give the same files.
    explicit AgentGenerator(quint64 seed);

    // Writes `count` agent files under `folder` (created when missing, refused when not
    // empty): `.claude/agents/*.md` and `plugins/<plugin>/agents/*.md`. Returns an empty
    // string or the error message; `summary` may be null.
    QString write(const QString &folder, int count, Summary *summary);

    // The generated files name the MCP tools seen in public files; real libraries of ten
    // thousand agents name many more. Gives every third file under `folder` whose `tools` is a
    // comma string two tools of one of 12 servers (9 tools each), the same ones for the same
    // files, so a permission matrix has about 150 columns. Returns the files changed, or -1
    // when one could not be written.
    static int addMcpTools(const QString &folder);

private:
    enum class Layout { Project, Plugin };

    std::string agentText(const std::string &name, Summary &summary);
    std::string frontmatter(const std::string &name, Summary &summary);
    std::string description(Summary &summary);
    std::string tools(Summary &summary);
    std::string body(const std::string &name, std::size_t targetSize);
    std::string section();
    std::size_t targetSize();

    std::string paragraph(int sentences);
    std::string sentence();
    std::string plainSentence();
    std::string example();
    std::string agentName();

    double uniform();
    int between(int low, int high);
    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N]);

    std::mt19937_64 m_random; // its output sequence is fixed by the C++ standard, unlike the distributions
};

} // namespace Agentry
