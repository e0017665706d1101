#include "api/oneshotuploaddevice.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace Glance {

OneShotUploadDevice::OneShotUploadDevice(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

OneShotUploadDevice::~OneShotUploadDevice() = default;

bool OneShotUploadDevice::atEnd() const
{
    return pos() >= m_data.size();
}

bool OneShotUploadDevice::seek(qint64 pos)
{
    if (m_started && pos < this->pos()) {
        m_rewindRefused = true;
        return false;
    }
    return QIODevice::seek(pos);
}

bool OneShotUploadDevice::reset()
{
    return seek(0);
}

qint64 OneShotUploadDevice::readData(char *data, qint64 maxSize)
{
    const qint64 offset = pos();
    const qint64 count = std::min<qint64>(maxSize, m_data.size() - offset);
    if (count <= 0)
        return 0;
    m_started = true;
    std::memcpy(data, m_data.constData() + offset, size_t(count));
    return count;
}

qint64 OneShotUploadDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Glance
