// glance-icongen: renders the application icon (an SVG) into the raster files installers need,
// at build time, so that only the SVG is kept in the source tree.
//
//   glance-icongen SVG OUTDIR
//
// writes OUTDIR/hicolor/<N>x<N>/apps/il.co.glance.inventory.png (the freedesktop icon theme
// sizes), OUTDIR/glance-inventory.icns (macOS; PNG-coded entries) and OUTDIR/glance-inventory.ico
// (Windows; PNG-coded entries, valid since Windows Vista). Needs Qt Gui and Qt Svg, no display.
#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <map>

namespace {

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        std::fprintf(stderr, "glance-icongen: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

void appendBigEndian32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLittleEndian16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLittleEndian32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// Apple icon image format: "icns", total length, then (type, length, PNG data) entries.
QByteArray icns(const std::map<int, QByteArray> &pngs)
{
    const std::pair<const char *, int> types[] = {
            {"icp4", 16},   {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
            {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 512}, {"ic14", 1024}};
    QByteArray body;
    for (const auto &[type, size] : types) {
        const QByteArray &png = pngs.at(size);
        body.append(type, 4);
        appendBigEndian32(body, quint32(png.size() + 8));
        body.append(png);
    }
    QByteArray out("icns", 4);
    appendBigEndian32(out, quint32(body.size() + 8));
    return out + body;
}

// Windows icon: ICONDIR, one ICONDIRENTRY per size, then the PNG data.
QByteArray ico(const std::map<int, QByteArray> &pngs, const QList<int> &sizes)
{
    QByteArray out;
    appendLittleEndian16(out, 0); // reserved
    appendLittleEndian16(out, 1); // type: icon
    appendLittleEndian16(out, quint16(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    QByteArray data;
    for (int size : sizes) {
        const QByteArray &png = pngs.at(size);
        out.append(char(size >= 256 ? 0 : size)); // width (0 means 256)
        out.append(char(size >= 256 ? 0 : size)); // height
        out.append(char(0)); // palette colours
        out.append(char(0)); // reserved
        appendLittleEndian16(out, 1); // colour planes
        appendLittleEndian16(out, 32); // bits per pixel
        appendLittleEndian32(out, quint32(png.size()));
        appendLittleEndian32(out, offset);
        offset += quint32(png.size());
        data.append(png);
    }
    return out + data;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: glance-icongen SVG OUTDIR\n");
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "glance-icongen: %s is not a valid SVG\n", argv[1]);
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    std::map<int, QByteArray> pngs;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512, 1024})
        pngs[size] = renderPng(renderer, size);

    bool ok = true;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        ok = writeFile(out.filePath(QStringLiteral("hicolor/%1x%1/apps/il.co.glance.inventory.png")
                                            .arg(size)),
                       pngs[size])
                && ok;
    }
    ok = writeFile(out.filePath(QStringLiteral("glance-inventory.icns")), icns(pngs)) && ok;
    ok = writeFile(out.filePath(QStringLiteral("glance-inventory.ico")),
                   ico(pngs, {16, 24, 32, 48, 64, 256}))
            && ok;
    return ok ? 0 : 1;
}
