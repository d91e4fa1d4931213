#pragma once

#include <QWidget>

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
