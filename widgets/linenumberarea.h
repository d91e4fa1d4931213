// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

namespace Agentry {

class CodeEditor;

// The gutter of a CodeEditor that shows line numbers; the editor sizes and paints it.
class LineNumberArea : public QWidget
{
    Q_OBJECT

public:
    // `editor` is also the parent, which owns the area.
    explicit LineNumberArea(CodeEditor *editor);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CodeEditor *const m_editor;
};

} // namespace Agentry
