#include "core/account/secretresult.h"

#include "core/text/bidi.h"

namespace Glance {

QString SecretResult::userMessage() const
{
    switch (status) {
    case Status::Ok:
    case Status::NotFound:
        return {};
    case Status::Unavailable:
        switch (operation) {
        case Operation::Read:
            return tr("The system keychain could not be reached, so the saved API key could not "
                      "be read. Enter the key to use it for this session only, or start the "
                      "keychain service (on Linux: GNOME Keyring or KWallet) and restart the "
                      "app.");
        case Operation::Write:
            return tr("The system keychain could not be reached, so the API key cannot be saved "
                      "on this computer. Use it for this session only (you will be asked for it "
                      "again next time), or start the keychain service (on Linux: GNOME Keyring "
                      "or KWallet) and try again.");
        case Operation::Remove:
            break;
        }
        break;
    case Status::Denied:
        switch (operation) {
        case Operation::Read:
            return tr("The system keychain is locked or refused access, so the saved API key "
                      "could not be read. Unlock the keychain and restart the app, or enter the "
                      "key to use it for this session only.");
        case Operation::Write:
            return tr("The system keychain is locked or refused access, so the API key was not "
                      "saved. Unlock the keychain and try again, or use the key for this session "
                      "only.");
        case Operation::Remove:
            break;
        }
        break;
    }
    //: %1 is the name of the keychain entry (server address and profile name)
    return tr("The API key could not be removed from the system keychain. Remove the entry "
              "“%1” with the system's keychain tool.")
            .arg(Bidi::isolateLtr(account)); // "<server address> <account name>"
}

QString SecretResult::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("Ok");
    case Status::NotFound:
        return QStringLiteral("NotFound");
    case Status::Unavailable:
        return QStringLiteral("Unavailable");
    case Status::Denied:
        return QStringLiteral("Denied");
    }
    return QStringLiteral("Status(%1)").arg(int(status));
}

} // namespace Glance
