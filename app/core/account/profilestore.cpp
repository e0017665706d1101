#include "core/account/profilestore.h"

#include "core/account/baseurl.h"

#include <QSettings>

namespace Glance {

namespace {

const QString kProfiles = QStringLiteral("account/profiles");
const QString kName = QStringLiteral("name");
const QString kBaseUrl = QStringLiteral("baseUrl");
const QString kDemo = QStringLiteral("demo");
const QString kCurrentName = QStringLiteral("account/currentName");
const QString kCurrentBaseUrl = QStringLiteral("account/currentBaseUrl");
const QString kCurrentDemo = QStringLiteral("account/currentIsDemo");

Profile makeProfile(const QString &name, const QString &baseUrl, bool demo)
{
    if (demo)
        return Profile::demoProfile();
    Profile profile;
    profile.name = name.trimmed();
    profile.baseUrl = BaseUrl::normalized(QUrl(baseUrl, QUrl::StrictMode));
    return profile;
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out;
    const int count = m_settings->beginReadArray(kProfiles);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        const Profile profile = makeProfile(m_settings->value(kName).toString(),
                                            m_settings->value(kBaseUrl).toString(),
                                            m_settings->value(kDemo, false).toBool());
        if (profile.isValid() && !out.contains(profile))
            out.append(profile);
    }
    m_settings->endArray();
    return out;
}

bool ProfileStore::contains(const Profile &profile) const
{
    return profiles().contains(profile);
}

void ProfileStore::write(const QList<Profile> &profiles)
{
    m_settings->remove(kProfiles);
    m_settings->beginWriteArray(kProfiles, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        const Profile &profile = profiles.at(i);
        if (profile.demo) {
            m_settings->setValue(kDemo, true);
        } else {
            m_settings->setValue(kName, profile.name.trimmed());
            m_settings->setValue(kBaseUrl,
                                 BaseUrl::normalized(profile.baseUrl).toString(QUrl::FullyEncoded));
        }
    }
    m_settings->endArray();
    m_settings->sync();
    Q_EMIT changed();
}

void ProfileStore::add(const Profile &profile)
{
    if (!profile.isValid())
        return;
    QList<Profile> list = profiles();
    if (list.contains(profile))
        return;
    list.append(profile);
    write(list);
}

void ProfileStore::remove(const Profile &profile)
{
    QList<Profile> list = profiles();
    if (!list.removeAll(profile))
        return;
    if (current() == profile) {
        m_settings->remove(kCurrentName);
        m_settings->remove(kCurrentBaseUrl);
        m_settings->remove(kCurrentDemo);
    }
    write(list);
}

Profile ProfileStore::current() const
{
    if (!m_settings->contains(kCurrentName) && !m_settings->value(kCurrentDemo).toBool())
        return {};
    const Profile profile = makeProfile(m_settings->value(kCurrentName).toString(),
                                        m_settings->value(kCurrentBaseUrl).toString(),
                                        m_settings->value(kCurrentDemo, false).toBool());
    return profile.isValid() ? profile : Profile();
}

void ProfileStore::setCurrent(const Profile &profile)
{
    if (profile.isNull() || !profile.isValid()) {
        m_settings->remove(kCurrentName);
        m_settings->remove(kCurrentBaseUrl);
        m_settings->remove(kCurrentDemo);
        m_settings->sync();
        Q_EMIT changed();
        return;
    }
    if (profile.demo) {
        m_settings->remove(kCurrentName);
        m_settings->remove(kCurrentBaseUrl);
        m_settings->setValue(kCurrentDemo, true);
    } else {
        m_settings->setValue(kCurrentName, profile.name.trimmed());
        m_settings->setValue(kCurrentBaseUrl,
                             BaseUrl::normalized(profile.baseUrl).toString(QUrl::FullyEncoded));
        m_settings->remove(kCurrentDemo);
    }
    QList<Profile> list = profiles();
    if (!list.contains(profile)) {
        list.append(profile);
        write(list); // syncs and emits
        return;
    }
    m_settings->sync();
    Q_EMIT changed();
}

} // namespace Glance
