// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "opencodepermissioneditor.h"

#include "runtime/runtimespec.h"
#include "text/yamlsnippet.h"
#include "yamlsnippetedit.h"

#include <QApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Agentry {

namespace {

const QString CatchAll = QStringLiteral("*");

// Widgets are found again by these names after the rows are rebuilt, to keep the focus.
QString slot(const char *role, const QString &key, int pattern = -1)
{
    QString name = QLatin1String(role) + u':' + key;
    if (pattern >= 0)
        name += u':' + QString::number(pattern);
    return name;
}

// Patterns are set in under their permission.
QWidget *indented(QWidget *widget, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(24, 0, 0, 0);
    widget->setParent(box);
    layout->addWidget(widget);
    return box;
}

QToolButton *toolButton(const QIcon &icon, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(icon);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

QToolButton *iconButton(const QString &icon, QStyle::StandardPixmap fallback, QWidget *parent)
{
    return toolButton(QIcon::fromTheme(icon, parent->style()->standardIcon(fallback, nullptr, parent)), parent);
}

// Without a theme's icon the text alone says it: no style has a fitting one.
QToolButton *addButton(const QString &text, QWidget *parent)
{
    QToolButton *button = toolButton(QIcon::fromTheme(QStringLiteral("list-add")), parent);
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

OpenCodePermissionEditor::OpenCodePermissionEditor(const QString &key, QWidget *parent)
    : FieldEditor(key, parent)
    , m_spec(*RuntimeSpec::of(Runtime::OpenCode))
    , m_pages(new QStackedWidget(this))
    , m_rulesPage(new QWidget(m_pages))
    , m_addRow(new QWidget(m_rulesPage))
    , m_newKey(new QComboBox(m_addRow))
    , m_newAction(actionCombo(QStringLiteral("ask"), tr("Action for the new permission"), m_addRow))
    , m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Permission"), m_addRow))
    , m_yaml(new YamlSnippetEdit(key, YamlSnippetEdit::WhenEmpty::Remove, 3, m_pages))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_pages->addWidget(m_rulesPage);
    m_pages->addWidget(m_yaml);

    auto *rulesLayout = new QVBoxLayout(m_rulesPage);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    rulesLayout->addWidget(m_addRow);

    auto *addLayout = new QHBoxLayout(m_addRow);
    addLayout->setContentsMargins(0, 0, 0, 0);
    m_newKey->setObjectName(QStringLiteral("newKey"));
    m_newKey->setEditable(true);
    m_newKey->setInsertPolicy(QComboBox::NoInsert);
    m_newKey->lineEdit()->setPlaceholderText(tr("Permission, e.g. bash or mcp_*"));
    m_newKey->setAccessibleName(tr("New permission"));
    m_newKey->setToolTip(tr("A permission OpenCode knows, an MCP tool's name, or a wildcard such as mcp_*"));
    m_add->setToolTip(tr("Add a rule for the permission named on the left"));
    addLayout->addWidget(m_newKey, 1);
    addLayout->addWidget(m_newAction);
    addLayout->addWidget(m_add);
    connect(m_newKey->lineEdit(), &QLineEdit::returnPressed, this, &OpenCodePermissionEditor::addTypedEntry);
    connect(m_add, &QPushButton::clicked, this, &OpenCodePermissionEditor::addTypedEntry);

    // The file's own YAML when the rules cannot show it: its edits are this editor's.
    m_yaml->setObjectName(QString()); // the form finds a field's editor by its key
    connect(m_yaml, &FieldEditor::changeRequested, this, [this](const FieldChange &change) { request(change); });
    connect(m_yaml, &FieldEditor::widgetsChanged, this, &FieldEditor::widgetsChanged);

    m_permission = OpenCodePermission();
    rebuildRows();
}

void OpenCodePermissionEditor::setField(const FrontmatterField *field, const AgentText &text)
{
    m_yaml->setField(field, text);
    FieldEditor::setField(field, text);
    const QString written = field ? YamlSnippet::valueText(text, *field) : QString();
    if (written != m_written)
        showText(written, field != nullptr);
}

void OpenCodePermissionEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_rows->setEnabled(!readOnly);
    m_addRow->setVisible(!readOnly);
    m_yaml->setReadOnly(readOnly);
}

QWidget *OpenCodePermissionEditor::focusTarget() const
{
    if (showsYaml())
        return m_yaml->focusTarget();
    // The first row's action, or its first pattern's: every row set has one.
    return m_rows->findChild<QComboBox *>();
}

void OpenCodePermissionEditor::resetView()
{
    m_pendingKey.clear();
    m_newKey->setEditText(QString());
    m_yaml->resetView();
}

bool OpenCodePermissionEditor::showsYaml() const
{
    return m_pages->currentWidget() == m_yaml;
}

void OpenCodePermissionEditor::showValue(const QJsonValue &value, const FrontmatterField *field, const AgentText &text)
{
    Q_UNUSED(value)
    showText(field ? YamlSnippet::valueText(text, *field) : QString(), field != nullptr);
}

bool OpenCodePermissionEditor::shows(const QJsonValue &value) const
{
    if (!m_permission)
        return false;
    return m_permission->entries().isEmpty() ? value.isUndefined() : m_permission->toJson() == value;
}

void OpenCodePermissionEditor::showText(const QString &written, bool present)
{
    m_written = written;
    if (showsYaml() && m_yaml->focusTarget()->hasFocus())
        return; // the text being typed stays YAML until the user leaves it
    m_permission = present ? OpenCodePermission::read(written, m_spec) : OpenCodePermission();
    m_pages->setCurrentWidget(m_permission ? m_rulesPage : m_yaml);
    if (m_permission)
        rebuildRows();
    else
        setFocusProxy(m_yaml->focusTarget());
}

void OpenCodePermissionEditor::rebuildRows(const QString &focusName)
{
    QWidget *focused = QApplication::focusWidget();
    const bool hadFocus = focused && isAncestorOf(focused);
    const QString restore = focusName.isEmpty() && hadFocus ? focused->objectName() : focusName;
    if (m_rows) {
        // Hiding the rows moves the focus; their signals must not act on the rules any more.
        const QList<QObject *> children = m_rows->findChildren<QObject *>();
        for (QObject *child : children)
            disconnect(child, nullptr, this, nullptr);
        m_rows->hide();
        m_rows->deleteLater();
    }
    if (m_permission->indexOf(m_pendingKey) < 0)
        m_pendingKey.clear(); // its rule went
    m_rows = new QWidget(m_rulesPage);
    auto *grid = new QGridLayout(m_rows);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(0, 1);
    if (m_permission->indexOf(CatchAll) < 0)
        addCatchAllRow(grid);
    for (int i = 0; i < m_permission->entries().size(); ++i)
        addEntryRows(i, grid);
    static_cast<QVBoxLayout *>(m_rulesPage->layout())->insertWidget(0, m_rows);
    m_rows->show(); // now, not later by the layout: the focus given below would be lost
    m_rows->setEnabled(!m_readOnly);
    updateNewKeys();
    setFocusProxy(focusTarget());

    if (!restore.isEmpty() && (hadFocus || !focusName.isEmpty())) {
        QWidget *target = restore == m_newKey->objectName() ? m_newKey : m_rows->findChild<QWidget *>(restore);
        (target ? target : focusTarget())->setFocus(Qt::OtherFocusReason);
    }
    emit widgetsChanged();
}

void OpenCodePermissionEditor::addCatchAllRow(QGridLayout *grid)
{
    const int row = grid->rowCount();
    const QString name = tr("All permissions (*)");
    auto *label = new QLabel(name, m_rows);
    label->setToolTip(tr("The action for every permission no later rule names"));
    grid->addWidget(label, row, 0);
    auto *combo = actionCombo(QString(), tr("Action for %1").arg(name), m_rows);
    combo->insertItem(0, tr("(not set)"));
    combo->setCurrentIndex(0);
    combo->setObjectName(slot("action", CatchAll));
    grid->addWidget(combo, row, 1);
    connect(combo, QOverload<int>::of(&QComboBox::activated), this, [this, combo](int index) {
        const QString action = combo->itemData(index).toString();
        if (action.isEmpty())
            return;
        m_permission->addEntry(CatchAll, action);
        commit(combo->objectName());
    });
}

void OpenCodePermissionEditor::addEntryRows(int entry, QGridLayout *grid)
{
    using Shape = OpenCodePermission::Entry::Shape;
    const OpenCodePermission::Entry &rule = m_permission->entries().at(entry);
    const QString key = rule.key;
    const bool actionOnly = m_spec.actionOnlyPermissions().contains(key);
    const QString name = key == CatchAll ? tr("All permissions (*)") : key;
    const int row = grid->rowCount();

    auto *label = new QLabel(name, m_rows);
    label->setTextFormat(Qt::PlainText);
    label->setToolTip(actionOnly ? tr("%1 takes one action, no patterns.").arg(key)
                                 : tr("%1: one action, or an action per pattern. The last matching rule wins.").arg(key));
    grid->addWidget(label, row, 0);

    if (rule.shape == Shape::Patterns) {
        auto *byPattern = new QLabel(tr("by pattern"), m_rows);
        byPattern->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(byPattern, row, 1);
    } else {
        const bool kept = rule.shape == Shape::Kept;
        auto *combo = actionCombo(kept ? rule.kept.shown() : rule.action, tr("Action for %1").arg(name), m_rows);
        combo->setObjectName(slot("action", key));
        if (kept)
            combo->setToolTip(tr("Written as %1, which OpenCode does not take here. It is kept as written until you pick an action.")
                                  .arg(rule.kept.shown()));
        grid->addWidget(combo, row, 1);
        connect(combo, QOverload<int>::of(&QComboBox::activated), this, [this, entry, combo](int index) {
            const QString action = combo->itemData(index).toString();
            if (action.isEmpty())
                return;
            m_permission->setAction(entry, action);
            commit(combo->objectName());
        });
    }

    if (!actionOnly && rule.shape != Shape::Kept) {
        auto *addPattern = addButton(tr("Add Pattern"), m_rows);
        addPattern->setObjectName(slot("addPattern", key));
        addPattern->setToolTip(tr("Add a command or path pattern with an action of its own"));
        addPattern->setAccessibleName(tr("Add pattern to %1").arg(name));
        grid->addWidget(addPattern, row, 2);
        connect(addPattern, &QToolButton::clicked, this, [this, key] {
            m_pendingKey = key;
            rebuildRows(slot("newPattern", key));
        });
    }

    auto *remove = iconButton(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon, m_rows);
    remove->setObjectName(slot("remove", key));
    remove->setToolTip(tr("Remove the rule for %1").arg(name));
    remove->setAccessibleName(tr("Remove %1").arg(name));
    grid->addWidget(remove, row, 3);
    connect(remove, &QToolButton::clicked, this, [this, entry] {
        m_permission->removeEntry(entry);
        const QVector<OpenCodePermission::Entry> &rest = m_permission->entries();
        commit(entry < rest.size() ? slot("remove", rest.at(entry).key) : m_newKey->objectName());
    });

    for (int i = 0; i < rule.patterns.size(); ++i)
        addPatternRow(entry, i, grid);
    if (m_pendingKey == key)
        addNewPatternRow(entry, grid);
}

void OpenCodePermissionEditor::addPatternRow(int entry, int pattern, QGridLayout *grid)
{
    const QString key = m_permission->entries().at(entry).key;
    const OpenCodePermission::Pattern &rule = m_permission->entries().at(entry).patterns.at(pattern);
    const int row = grid->rowCount();

    auto *edit = new QLineEdit(rule.pattern);
    edit->setObjectName(slot("pattern", key, pattern));
    edit->setAccessibleName(tr("Pattern %1 of %2").arg(pattern + 1).arg(key));
    edit->setToolTip(tr("A command or path: * matches any text, ? one character. Press Enter to apply."));
    grid->addWidget(indented(edit, m_rows), row, 0);
    connect(edit, &QLineEdit::editingFinished, this, [this, entry, pattern, edit] {
        const QString old = m_permission->entries().at(entry).patterns.at(pattern).pattern;
        if (edit->text() == old)
            return;
        if (edit->text().isEmpty() || !m_permission->renamePattern(entry, pattern, edit->text())) {
            edit->setText(old); // each pattern once: YAML refuses a repeated key
            QApplication::beep();
            return;
        }
        commit();
    });

    auto *combo = actionCombo(rule.action, tr("Action for %1 pattern %2").arg(key, rule.pattern), m_rows);
    combo->setObjectName(slot("patternAction", key, pattern));
    grid->addWidget(combo, row, 1);
    connect(combo, QOverload<int>::of(&QComboBox::activated), this, [this, entry, pattern, combo](int index) {
        m_permission->setPatternAction(entry, pattern, combo->itemData(index).toString());
        commit(combo->objectName());
    });

    auto *remove = iconButton(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon, m_rows);
    remove->setObjectName(slot("removePattern", key, pattern));
    remove->setToolTip(tr("Remove the pattern %1").arg(rule.pattern));
    remove->setAccessibleName(tr("Remove pattern %1 of %2").arg(rule.pattern, key));
    grid->addWidget(remove, row, 3);
    connect(remove, &QToolButton::clicked, this, [this, entry, pattern, key] {
        m_permission->removePattern(entry, pattern);
        const int left = int(m_permission->entries().at(entry).patterns.size());
        commit(pattern < left ? slot("removePattern", key, pattern) : slot("addPattern", key));
    });
}

void OpenCodePermissionEditor::addNewPatternRow(int entry, QGridLayout *grid)
{
    const QString key = m_permission->entries().at(entry).key;
    const int row = grid->rowCount();

    auto *edit = new QLineEdit;
    edit->setObjectName(slot("newPattern", key));
    edit->setPlaceholderText(tr("e.g. git *"));
    edit->setAccessibleName(tr("New pattern for %1").arg(key));
    edit->setToolTip(tr("A command or path: * matches any text, ? one character. Enter adds it, Escape cancels."));
    grid->addWidget(indented(edit, m_rows), row, 0);
    auto *combo = actionCombo(QStringLiteral("allow"), tr("Action for the new pattern of %1").arg(key), m_rows);
    combo->setObjectName(slot("newPatternAction", key));
    grid->addWidget(combo, row, 1);
    auto *add = new QPushButton(tr("Add"), m_rows);
    add->setObjectName(slot("addNewPattern", key));
    add->setToolTip(tr("Add the pattern after the others: the last matching rule wins"));
    grid->addWidget(add, row, 2);
    auto *cancel = iconButton(QStringLiteral("dialog-cancel"), QStyle::SP_DialogCancelButton, m_rows);
    cancel->setToolTip(tr("Do not add a pattern"));
    cancel->setAccessibleName(tr("Cancel the new pattern"));
    grid->addWidget(cancel, row, 3);

    const auto addTyped = [this, entry, key, edit, combo] {
        if (edit->text().isEmpty()) {
            QApplication::beep();
            return;
        }
        const int index = m_permission->addPattern(entry, edit->text(), combo->currentData().toString());
        m_pendingKey.clear();
        commit(slot("patternAction", key, index));
    };
    const auto close = [this, key] {
        m_pendingKey.clear();
        rebuildRows(slot("addPattern", key));
    };
    connect(edit, &QLineEdit::returnPressed, this, addTyped);
    connect(add, &QPushButton::clicked, this, addTyped);
    connect(cancel, &QToolButton::clicked, this, close);
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), edit, nullptr, nullptr, Qt::WidgetShortcut), &QShortcut::activated, this, close);
}

QComboBox *OpenCodePermissionEditor::actionCombo(const QString &action, const QString &name, QWidget *parent) const
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(name);
    combo->setToolTip(tr("allow: without asking; ask: asks each time; deny: refused"));
    for (const QString &known : m_spec.permissionActions())
        combo->addItem(known, known);
    int index = combo->findData(action);
    if (index < 0 && !action.isEmpty()) {
        combo->insertItem(0, action); // a value outside the list, as written
        index = 0;
    }
    combo->setCurrentIndex(index);
    return combo;
}

void OpenCodePermissionEditor::updateNewKeys()
{
    const QString typed = m_newKey->currentText();
    QStringList names;
    for (const QString &name : m_spec.rulePermissions() + m_spec.actionOnlyPermissions()) {
        if (m_permission->indexOf(name) < 0)
            names.append(name);
    }
    m_newKey->clear();
    m_newKey->addItems(names);
    m_newKey->setCurrentIndex(-1);
    m_newKey->setEditText(typed);
}

void OpenCodePermissionEditor::addTypedEntry()
{
    const QString key = m_newKey->currentText().trimmed();
    if (key.isEmpty() || m_permission->indexOf(key) >= 0) {
        QApplication::beep(); // one rule per permission: YAML refuses a repeated key
        return;
    }
    m_permission->addEntry(key, m_newAction->currentData().toString());
    m_newKey->setEditText(QString());
    commit(slot("action", key));
}

void OpenCodePermissionEditor::commit(const QString &focusName)
{
    const QString yaml = m_permission->toYaml();
    m_written = yaml;
    rebuildRows(focusName);
    request(yaml.isEmpty() ? FieldChange::remove(key()) : FieldChange::setYaml(key(), yaml));
}

} // namespace Agentry
