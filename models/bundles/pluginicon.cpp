// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/pluginicon.h"

#include <QBuffer>
#include <QColor>
#include <QCryptographicHash>
#include <QImage>
#include <QImageReader>
#include <QPainter>

namespace Agentry {

namespace {

enum class Format { Png, Jpeg, Svg, WebP, Other };

// By the first bytes, as the validator reads the file, not by its name.
Format formatOf(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return Format::Png;
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return Format::Jpeg;
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return Format::WebP;
    const QByteArray head = bytes.left(1024).trimmed();
    if (head.startsWith('<') && head.contains("<svg"))
        return Format::Svg;
    return Format::Other;
}

} // namespace

QByteArray PluginIcon::generated(const QString &name)
{
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    const auto byte = [&hash](int i) { return int(quint8(hash.at(i))); };
    const QColor background = QColor::fromHsv(byte(0) * 360 / 256, 150, 170);
    const QColor foreground = QColor::fromHsv(byte(0) * 360 / 256, 40, 250);

    // Five by five cells, the right two columns mirroring the left two, inside a margin.
    constexpr int cells = 5;
    constexpr int cell = 80;
    constexpr int margin = (minSide - cells * cell) / 2;
    QImage image(minSide, minSide, QImage::Format_RGB32);
    image.fill(background);
    QPainter painter(&image); // no antialiasing: every pixel is exact
    for (int row = 0; row < cells; ++row) {
        for (int column = 0; column < (cells + 1) / 2; ++column) {
            if (byte(1 + row * 3 + column) % 2 == 0)
                continue;
            painter.fillRect(margin + column * cell, margin + row * cell, cell, cell, foreground);
            painter.fillRect(margin + (cells - 1 - column) * cell, margin + row * cell, cell, cell, foreground);
        }
    }
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QString PluginIcon::problem(const QByteArray &bytes)
{
    switch (formatOf(bytes)) {
    case Format::Svg:
        return tr("The plugin directory does not accept SVG icons; choose a PNG or JPEG image.");
    case Format::WebP:
        return tr("The plugin directory does not accept WebP icons; choose a PNG or JPEG image.");
    case Format::Other:
        return tr("The icon must be a PNG or JPEG image.");
    case Format::Png:
    case Format::Jpeg:
        break;
    }
    if (bytes.size() >= maxBytes)
        return tr("The icon has %1 bytes; the plugin directory takes icons under 2 MB.").arg(bytes.size());
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!size.isValid())
        return tr("The icon cannot be read as an image: %1").arg(reader.errorString());
    if (size.width() != size.height())
        return tr("The icon is %1 × %2 px; it must be square.").arg(size.width()).arg(size.height());
    if (size.width() < minSide || size.width() > maxSide)
        return tr("The icon is %1 px a side; the plugin directory takes %2 to %3 px.").arg(size.width()).arg(minSide).arg(maxSide);
    return {};
}

QString PluginIcon::suffix(const QByteArray &bytes)
{
    return formatOf(bytes) == Format::Jpeg ? QStringLiteral("jpg") : QStringLiteral("png");
}

} // namespace Agentry
