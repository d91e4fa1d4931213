// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "agentgenerator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace Agentry {

namespace {

// Sizes of the wider public corpus: median 7 KB, p95 26 KB, max 71 KB, lognormal-like.
constexpr double MedianSize = 7000;
constexpr double P95Size = 26000;
constexpr std::size_t MaxSize = 70000;
constexpr std::size_t MinSize = 700;

const char *const Domains[] = {"python", "rust", "golang", "typescript", "react", "vue", "django", "fastapi",
    "kubernetes", "terraform", "aws", "gcp", "azure", "database", "postgres", "graphql", "api", "mobile", "ios",
    "android", "flutter", "devops", "security", "compliance", "observability", "performance", "data", "ml", "llm",
    "prompt", "docs", "testing", "qa", "accessibility", "ui", "ux", "seo", "marketing", "sales", "legal", "finance",
    "product", "growth", "incident", "network", "embedded", "blockchain", "game", "unity", "shell", "c4",
    "architecture", "code-review", "refactoring", "migration", "debugging", "backend", "frontend", "fullstack",
    "payments"};
const char *const Qualifiers[] = {"senior", "cloud", "enterprise", "legacy", "async", "mobile", "realtime",
    "distributed", "platform", "studio"};
const char *const Roles[] = {"expert", "pro", "architect", "engineer", "specialist", "reviewer", "auditor",
    "optimizer", "consultant", "coach", "strategist", "analyst", "writer", "designer", "developer", "manager",
    "advisor", "builder", "tester", "orchestrator"};
const char *const Nouns[] = {"API design", "schema migrations", "connection pooling", "query plans", "caching layers",
    "event sourcing", "message queues", "service boundaries", "observability", "structured logging", "tracing",
    "rate limiting", "authentication flows", "OAuth2", "JWT validation", "secrets management", "container images",
    "Helm charts", "CI pipelines", "release automation", "feature flags", "A/B tests", "unit tests",
    "integration tests", "property-based tests", "type hints", "error handling", "retry policies", "idempotency",
    "backpressure", "memory usage", "cold starts", "bundle size", "rendering performance", "accessibility audits",
    "design tokens", "component libraries", "state management", "data pipelines", "batch jobs", "stream processing",
    "data contracts", "model evaluation", "prompt templates", "embedding search", "vector stores", "cost controls",
    "SLOs", "incident reviews", "runbooks", "threat models", "dependency updates", "code reviews", "technical debt",
    "documentation", "onboarding guides", "migration plans", "rollback procedures", "database indexes",
    "multi-tenancy", "data residency", "audit trails", "compliance evidence", "user research", "customer journeys",
    "pricing pages", "conversion funnels"};
const char *const Adjectives[] = {"scalable", "maintainable", "secure", "observable", "idempotent", "typed",
    "well-tested", "production-ready", "incremental", "resilient", "accessible", "consistent", "minimal",
    "documented", "reproducible", "cost-aware", "performant", "modular", "backward-compatible", "explicit"};
const char *const Verbs[] = {"review", "design", "refactor", "profile", "harden", "document", "migrate", "test",
    "benchmark", "simplify", "monitor", "validate", "automate", "instrument", "audit", "plan"};
const char *const VerbsThird[] = {"reviews", "designs", "refactors", "profiles", "hardens", "documents", "migrates",
    "tests", "benchmarks", "simplifies", "monitors", "validates", "automates", "instruments", "audits", "plans"};
const char *const Headings[] = {"Purpose", "Core Philosophy", "Capabilities", "Instructions", "Approach",
    "Behavioral Traits", "Knowledge Base", "Response Approach", "Best Practices", "Workflow", "Quality Checklist",
    "Common Pitfalls", "Communication Style", "Deliverables", "Tooling", "Testing Strategy", "Security Considerations",
    "Performance Optimization", "Documentation Standards", "Example Interactions"};
const char *const Emoji[] = {"🎯 ", "🔧 ", "📋 ", "✅ ", "🚀 ", "⚠️ ", "🧪 ", "📚 "};
const char *const ClaudeTools[] = {"Read", "Write", "Edit", "MultiEdit", "Bash", "Grep", "Glob", "LS", "WebFetch",
    "WebSearch", "TodoWrite", "Task", "NotebookRead", "NotebookEdit", "BashOutput", "KillShell", "Agent",
    "mcp__github__create_issue", "mcp__github__get_pull_request", "mcp__context7__resolve-library-id",
    "mcp__context7__get-library-docs", "mcp__ide__getDiagnostics", "mcp__playwright__browser_navigate",
    "mcp__sequential-thinking__sequentialthinking", "codebase", "editFiles", "runCommands", "search", "fetch",
    "githubRepo"};
const char *const Models[] = {"sonnet", "sonnet", "sonnet", "sonnet", "sonnet", "sonnet", "sonnet", "sonnet", "opus",
    "opus", "opus", "opus", "opus", "inherit", "inherit", "inherit", "inherit", "haiku", "haiku",
    "claude-sonnet-4-5-20250929"};
// Two thirds of the colours set are Claude's eight, a third are not (as in the corpus).
const char *const Colors[] = {"red", "blue", "green", "yellow", "purple", "orange", "pink", "cyan", "green", "blue",
    "teal", "indigo", "magenta", "\"#4F46E5\"", "Yellow"};

// Small code samples for fenced blocks; `@` is replaced by an identifier.
const char *const CodeSamples[] = {
    "```python\nfrom fastapi import APIRouter, Depends, HTTPException\n\nrouter = APIRouter(prefix=\"/@\")\n\n\n"
    "@router.get(\"/{item_id}\")\nasync def get_@(item_id: int, db: Session = Depends(get_db)) -> @Out:\n"
    "    item = await db.get(@Model, item_id)\n    if item is None:\n"
    "        raise HTTPException(status_code=404, detail=\"@ not found\")\n    return @Out.model_validate(item)\n```\n",
    "```bash\n#!/usr/bin/env bash\nset -Eeuo pipefail\n\nreadonly @_dir=\"$(cd -- \"$(dirname -- \"${BASH_SOURCE[0]}\")\" "
    "&& pwd -P)\"\n\nmain() {\n    local target=\"${1:?usage: $0 TARGET}\"\n    find \"$target\" -name '*.log' -print0 |\n"
    "        xargs -0 --no-run-if-empty gzip -9\n}\n\nmain \"$@\"\n```\n",
    "```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: @\n  labels:\n    app: @\nspec:\n"
    "  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: @\n          image: registry.example/@:1.4.2\n"
    "          resources:\n            limits: {cpu: 500m, memory: 256Mi}\n```\n",
    "```typescript\nexport interface @State {\n  items: readonly Item[];\n  status: 'idle' | 'loading' | 'failed';\n"
    "  error?: string;\n}\n\nexport async function load@(client: ApiClient): Promise<@State> {\n"
    "  const response = await client.get<Item[]>('/@');\n  return { items: response.data, status: 'idle' };\n}\n```\n",
    "```sql\n-- Find the slowest @ queries of the last day\nSELECT query, calls, mean_exec_time, rows\n"
    "FROM pg_stat_statements\nWHERE query ILIKE '%@%'\nORDER BY mean_exec_time DESC\nLIMIT 20;\n\n"
    "CREATE INDEX CONCURRENTLY idx_@_tenant_created ON @ (tenant_id, created_at DESC);\n```\n",
    "```go\nfunc (s *@Service) Get(ctx context.Context, id string) (*@, error) {\n"
    "\tctx, span := tracer.Start(ctx, \"@Service.Get\")\n\tdefer span.End()\n\n\tv, err := s.repo.Find(ctx, id)\n"
    "\tif err != nil {\n\t\treturn nil, fmt.Errorf(\"get @ %s: %w\", id, err)\n\t}\n\treturn v, nil\n}\n```\n",
    "```json\n{\n  \"name\": \"@\",\n  \"version\": \"1.2.0\",\n  \"scripts\": {\n    \"test\": \"vitest run\",\n"
    "    \"lint\": \"eslint . --max-warnings 0\"\n  }\n}\n```\n",
};

std::string capitalized(std::string text)
{
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = char(text[0] - 'a' + 'A');
    return text;
}

std::string titleCase(const std::string &name)
{
    std::string title;
    bool start = true;
    for (const char c : name) {
        if (c == '-') {
            title += ' ';
            start = true;
        } else {
            title += start && c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
            start = false;
        }
    }
    return title;
}

std::string identifier(const std::string &text)
{
    std::string id;
    for (const char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            id += c;
    }
    return id.empty() ? std::string("item") : id;
}

void replaceAll(std::string &text, char from, const std::string &to)
{
    for (std::size_t pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
        text.replace(pos, 1, to);
}

// `text` cut into lines of at most `width` characters, each indented by `indent`.
std::string wrapped(const std::string &text, std::size_t width, const std::string &indent)
{
    std::string out;
    std::size_t lineLength = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find(' ', pos);
        if (end == std::string::npos)
            end = text.size();
        const std::size_t length = end - pos;
        if (lineLength > 0 && lineLength + 1 + length > width) {
            out += '\n';
            lineLength = 0;
        }
        if (lineLength == 0) {
            out += indent;
        } else {
            out += ' ';
            ++lineLength;
        }
        out.append(text, pos, length);
        lineLength += length;
        pos = end + 1;
    }
    return out + '\n';
}

std::string doubleQuoted(const std::string &text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out + '"';
}

} // namespace

AgentGenerator::AgentGenerator(quint64 seed)
    : m_random(seed)
{
}

double AgentGenerator::uniform()
{
    return double(m_random() >> 11) * 0x1.0p-53;
}

int AgentGenerator::between(int low, int high)
{
    return low + int(m_random() % quint64(high - low + 1));
}

template<typename T, std::size_t N>
const T &AgentGenerator::pick(const T (&items)[N])
{
    return items[m_random() % N];
}

std::size_t AgentGenerator::targetSize()
{
    // Box-Muller by hand: std::normal_distribution differs between standard libraries.
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    const double sigma = std::log(P95Size / MedianSize) / 1.645;
    const double size = MedianSize * std::exp(sigma * normal);
    return std::clamp(std::size_t(size), MinSize, MaxSize);
}

std::string AgentGenerator::agentName()
{
    std::string name = pick(Domains);
    if (uniform() < 0.3)
        name = std::string(pick(Qualifiers)) + '-' + name;
    return name + '-' + pick(Roles);
}

std::string AgentGenerator::plainSentence()
{
    // No `: `, ` #` or leading indicator, so it stays a valid plain YAML scalar.
    switch (between(0, 5)) {
    case 0:
        return std::string("Use this agent when you need to ") + pick(Verbs) + ' ' + pick(Adjectives) + ' '
            + pick(Nouns) + " or " + pick(Nouns) + '.';
    case 1:
        return std::string("Masters ") + pick(Nouns) + ", " + pick(Nouns) + ", " + pick(Nouns) + " and "
            + pick(Nouns) + '.';
    case 2:
        return std::string("Handles ") + pick(Nouns) + " across " + pick(Adjectives) + ' ' + pick(Nouns)
            + ", including " + pick(Nouns) + " and " + pick(Nouns) + '.';
    case 3:
        return std::string("Use PROACTIVELY for ") + pick(Nouns) + ", " + pick(Nouns) + " or " + pick(Nouns) + '.';
    case 4:
        return capitalized(pick(VerbsThird)) + ' ' + pick(Adjectives) + ' ' + pick(Nouns) + " with a focus on "
            + pick(Nouns) + " and " + pick(Nouns) + '.';
    default:
        return std::string("Expert in ") + pick(Adjectives) + ' ' + pick(Nouns) + ", specializing in " + pick(Nouns)
            + " for " + pick(Adjectives) + ' ' + pick(Nouns) + '.';
    }
}

std::string AgentGenerator::sentence()
{
    switch (between(0, 4)) {
    case 0:
        return std::string("Always ") + pick(Verbs) + " the " + pick(Nouns) + " before you change the "
            + pick(Nouns) + '.';
    case 1:
        return std::string("Prefer ") + pick(Adjectives) + ' ' + pick(Nouns) + " over ad-hoc " + pick(Nouns)
            + "; " + pick(Verbs) + " the trade-offs explicitly.";
    case 2:
        return std::string("Never ") + pick(Verbs) + ' ' + pick(Nouns) + " without " + pick(Adjectives) + ' '
            + pick(Nouns) + " (see `" + identifier(pick(Nouns)) + "`).";
    case 3:
        return std::string("Provide ") + pick(Adjectives) + " guidance on " + pick(Nouns) + ": " + pick(Nouns)
            + ", " + pick(Nouns) + ", " + pick(Nouns) + '.';
    default:
        return plainSentence();
    }
}

std::string AgentGenerator::paragraph(int sentences)
{
    std::string text;
    for (int i = 0; i < sentences; ++i) {
        if (i)
            text += ' ';
        text += sentence();
    }
    return text;
}

std::string AgentGenerator::example()
{
    const std::string noun = pick(Nouns);
    return "<example>\nContext: The user is working on " + noun + " for a " + pick(Adjectives) + " service\nuser: \""
        + capitalized(std::string("our ") + pick(Nouns)) + " keeps failing, can you " + pick(Verbs) + " it?\"\n"
        + "assistant: \"I'll " + pick(Verbs) + " the " + noun + " first. " + plainSentence() + "\"\n<commentary>\n"
        + plainSentence() + "\n</commentary>\n</example>\n";
}

std::string AgentGenerator::description(Summary &summary)
{
    const std::string lead = plainSentence() + ' ' + plainSentence() + (uniform() < 0.5 ? ' ' + plainSentence() : "");
    std::string examples;
    for (int i = between(1, 4); i > 0; --i) {
        if (!examples.empty())
            examples += '\n';
        examples += example();
    }

    const double kind = uniform();
    // 11% of real frontmatter fails strict YAML: 80% unquoted `: `, 14% unindented continuation lines, 6% a leading `*`.
    if (kind < 0.088) {
        ++summary.invalidYaml;
        std::string oneLine = examples;
        replaceAll(oneLine, '\n', "\\n");
        return "description: " + lead + " Examples:\\n\\n" + oneLine + '\n';
    }
    if (kind < 0.1034) {
        ++summary.invalidYaml;
        return "description: " + lead + " Examples:\n\n" + examples;
    }
    if (kind < 0.11) {
        ++summary.invalidYaml;
        return "description: **" + titleCase(pick(Roles)) + "** " + lead + '\n';
    }
    if (kind < 0.19)
        return "description: " + doubleQuoted(lead + " Examples:\n\n" + examples) + '\n';
    if (kind < 0.31) {
        ++summary.foldedDescription;
        return std::string("description: ") + (uniform() < 0.5 ? ">" : ">-") + '\n' + wrapped(lead, 96, "  ");
    }
    if (kind < 0.38) {
        ++summary.literalDescription;
        std::string text = "description: |\n" + wrapped(lead, 88, "  ") + '\n';
        std::size_t from = 0;
        for (std::size_t newline = examples.find('\n'); newline != std::string::npos;
             from = newline + 1, newline = examples.find('\n', from))
            text += (newline > from ? "  " : "") + examples.substr(from, newline + 1 - from);
        return text;
    }
    if (kind < 0.40)
        return "description: '" + lead + "'\n";
    return "description: " + lead + '\n';
}

std::string AgentGenerator::tools(Summary &summary)
{
    std::vector<std::string> names;
    for (int i = between(2, 12); i > 0; --i) {
        const std::string tool = pick(ClaudeTools);
        if (std::find(names.begin(), names.end(), tool) == names.end())
            names.push_back(tool);
    }
    auto joined = [&](const char *separator, const char *quote) {
        std::string text;
        for (const std::string &name : names)
            text += (text.empty() ? "" : separator) + (quote + name + quote);
        return text;
    };

    // Shares of all files: absent 40%, comma string 46%, flow list 11%, block list 1%, other 2%.
    const double kind = uniform();
    if (kind < 0.40) {
        ++summary.withoutTools;
        return {};
    }
    if (kind < 0.86) {
        ++summary.toolsComma;
        return "tools: " + joined(", ", "") + '\n';
    }
    if (kind < 0.97) {
        ++summary.toolsFlow;
        return "tools: [" + joined(", ", uniform() < 0.3 ? "\"" : "") + "]\n";
    }
    if (kind < 0.98) {
        ++summary.toolsBlock;
        return "tools:\n  - " + joined("\n  - ", "") + '\n';
    }
    ++summary.toolsOther;
    if (kind < 0.99)
        return "tools:\n  write: false\n  edit: false\n  bash: true\n";
    return uniform() < 0.5 ? "tools: \"*\"\n" : "tools: []\n";
}

std::string AgentGenerator::frontmatter(const std::string &name, Summary &summary)
{
    std::string text = "---\nname: " + (uniform() < 0.2 ? titleCase(name) : name) + '\n';
    const std::string describe = description(summary);
    const std::string toolLine = tools(summary);
    std::string modelLine;
    if (uniform() < 0.63)
        ++summary.withoutModel;
    else
        modelLine = std::string("model: ") + pick(Models) + '\n';
    // Some authors put the model and tools first; most follow name, description, tools, model.
    if (uniform() < 0.15)
        text += modelLine + toolLine + describe;
    else
        text += describe + toolLine + modelLine;
    if (uniform() < 0.30) {
        ++summary.withColor;
        text += std::string("color: ") + pick(Colors) + '\n';
    }
    if (uniform() < 0.08)
        text += "version: 1." + std::to_string(between(0, 9)) + ".0\ntags: [" + pick(Domains) + ", " + pick(Roles) + "]\n";
    return text + "---\n\n";
}

std::string AgentGenerator::section()
{
    const std::string heading = std::string(uniform() < 0.15 ? pick(Emoji) : "") + pick(Headings);
    std::string text = "## " + heading + "\n\n";
    switch (between(0, 5)) {
    case 0:
        return text + paragraph(between(2, 6)) + "\n\n";
    case 1: // wshobson's capability lists
        for (int sub = between(1, 3); sub > 0; --sub) {
            text += "### " + titleCase(identifier(pick(Domains))) + ' ' + capitalized(pick(Nouns)) + "\n\n";
            for (int i = between(4, 12); i > 0; --i)
                text += "- **" + capitalized(pick(Nouns)) + "**: " + pick(Nouns) + ", " + pick(Nouns) + ", "
                    + pick(Adjectives) + ' ' + pick(Nouns) + '\n';
            text += '\n';
        }
        return text;
    case 2: // numbered steps with nested bullets
        for (int i = 1, steps = between(3, 8); i <= steps; ++i) {
            text += std::to_string(i) + ". **" + capitalized(pick(Verbs)) + ' ' + pick(Nouns) + "**: " + sentence() + '\n';
            for (int j = between(0, 4); j > 0; --j)
                text += std::string("   - ") + capitalized(pick(Adjectives)) + ' ' + pick(Nouns) + '\n';
            text += '\n';
        }
        return text;
    case 3: { // a code sample
        std::string code = pick(CodeSamples);
        replaceAll(code, '@', identifier(pick(Nouns)));
        return text + paragraph(between(1, 2)) + "\n\n" + code + '\n';
    }
    case 4:
        text += "| " + capitalized(pick(Nouns)) + " | When | Notes |\n|---|---|---|\n";
        for (int i = between(3, 8); i > 0; --i)
            text += "| `" + identifier(pick(Nouns)) + "` | " + pick(Adjectives) + " | " + sentence() + " |\n";
        return text + '\n';
    default:
        for (int i = between(2, 3); i > 0; --i)
            text += example() + '\n';
        return text;
    }
}

std::string AgentGenerator::body(const std::string &name, std::size_t targetSize)
{
    // The cap holds for the whole file; the frontmatter before the body is at most a few KB.
    const std::size_t limit = MaxSize - 6000;
    const std::string title = titleCase(name);
    std::string text = uniform() < 0.5 ? "# " + title + "\n\n" : std::string();
    text += "You are " + title + ", an agent specializing in " + pick(Nouns) + ", " + pick(Nouns) + " and " + pick(Nouns)
        + ". " + paragraph(between(1, 3)) + "\n\n";
    while (text.size() < targetSize) {
        const std::string next = section();
        if (text.size() + next.size() > std::min(targetSize + next.size() / 2, limit))
            break; // closer to the target without it, or over the cap
        text += next;
    }
    return text;
}

std::string AgentGenerator::agentText(const std::string &name, Summary &summary)
{
    const std::size_t size = targetSize();
    if (uniform() < 0.02) {
        // No frontmatter at all; the metadata lives in the body (seed 002).
        ++summary.withoutFrontmatter;
        ++summary.withoutTools;
        ++summary.withoutModel;
        const std::string head = "# Agent: " + titleCase(name) + "\n\n**Agent ID:** " + name
            + "\n**Priority:** 90\n**Version:** 1.0.0\n\n---\n\n";
        return head + body(name, size > head.size() ? size - head.size() : 0);
    }
    const std::string head = frontmatter(name, summary);
    return head + body(name, size > head.size() ? size - head.size() : 0);
}

QString AgentGenerator::write(const QString &folder, int count, Summary *summary)
{
    const QDir root(folder);
    if (root.exists() && !root.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return QStringLiteral("%1 is not empty; give a new or empty folder.").arg(folder);
    if (!root.mkpath(QStringLiteral(".")))
        return QStringLiteral("Cannot create %1.").arg(folder);

    Summary written;
    std::vector<qint64> sizes;
    QSet<QString> paths;
    // About one file in four comes from a plugin, a dozen agents per plugin.
    const int plugins = std::max(1, count / 48);
    for (int i = 0; i < count; ++i) {
        const Layout layout = uniform() < 0.25 ? Layout::Plugin : Layout::Project;
        QString dir = QStringLiteral(".claude/agents");
        if (layout == Layout::Plugin) {
            const int plugin = between(0, plugins - 1);
            dir = QStringLiteral("plugins/%1-%2/agents").arg(QString::fromUtf8(Domains[plugin % std::size(Domains)])).arg(plugin);
            ++written.pluginFiles;
        }
        const std::string name = agentName();
        QString path = dir + QLatin1Char('/') + QString::fromStdString(name) + QStringLiteral(".md");
        for (int n = 2; paths.contains(path); ++n)
            path = dir + QLatin1Char('/') + QString::fromStdString(name) + QLatin1Char('-') + QString::number(n) + QStringLiteral(".md");
        paths.insert(path);

        const std::string text = agentText(name, written);
        if (!root.mkpath(dir))
            return QStringLiteral("Cannot create %1.").arg(root.filePath(dir));
        if (layout == Layout::Plugin) {
            // A plugin's agents count as such only beside its manifest, as in Claude Code.
            const QString pluginFolder = QFileInfo(root.filePath(dir)).path();
            QFile manifest(pluginFolder + QStringLiteral("/.claude-plugin/plugin.json"));
            if (!manifest.exists()) {
                root.mkpath(pluginFolder + QStringLiteral("/.claude-plugin"));
                const QByteArray json = "{\"name\": \"" + QFileInfo(pluginFolder).fileName().toUtf8() + "\", \"version\": \"1.0.0\"}\n";
                if (!manifest.open(QIODevice::WriteOnly) || manifest.write(json) != json.size())
                    return QStringLiteral("Cannot write %1: %2").arg(manifest.fileName(), manifest.errorString());
            }
        }
        QFile file(root.filePath(path));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size()))
            return QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        sizes.push_back(qint64(text.size()));
        written.bytes += qint64(text.size());
    }

    written.files = count;
    if (!sizes.empty()) {
        std::sort(sizes.begin(), sizes.end());
        written.medianSize = sizes[sizes.size() / 2];
        written.p95Size = sizes[std::min(sizes.size() - 1, sizes.size() * 95 / 100)];
        written.maxSize = sizes.back();
    }
    if (summary)
        *summary = written;
    return {};
}

int AgentGenerator::addMcpTools(const QString &folder)
{
    constexpr int Servers = 12;
    constexpr int ToolsPerServer = 9;
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.md")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    int changed = 0;
    for (int i = 0; i < files.size(); i += 3) {
        QFile file(files.at(i));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QByteArray bytes = file.readAll();
        file.close();
        const qsizetype tools = bytes.indexOf("\ntools: ");
        if (tools < 0 || bytes.at(tools + 8) == '[' || bytes.at(tools + 8) == '"')
            continue;
        const qsizetype end = bytes.indexOf('\n', tools + 1);
        const int n = i / 3;
        const int first = (n / Servers) % ToolsPerServer;
        const QByteArray name = "mcp__server" + QByteArray::number(n % Servers) + "__tool";
        bytes.insert(end, ", " + name + QByteArray::number(first) + ", " + name + QByteArray::number((first + 1 + n % 3) % ToolsPerServer));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return -1;
        ++changed;
    }
    return changed;
}

} // namespace Agentry
