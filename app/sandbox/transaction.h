#pragma once

#include "database.h"

namespace Glance::Sandbox {

/*! RAII transaction: begins in the constructor, rolls back unless commit() was called. */
class Transaction
{
public:
    explicit Transaction(Database &database)
        : m_db(database)
    {
        m_db.begin();
    }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace Glance::Sandbox
