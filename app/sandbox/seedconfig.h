#pragma once

#include <QtGlobal>

namespace Glance::Sandbox {

/*! What to seed. Same values -> same data, byte for byte. */
struct SeedConfig
{
    quint32 seed = 1;
    int warehouses = 3;
    int products = 300;
    int records = 700;
    int movements = -1; // -1: derived from records

    /*! Every 50th product is a service without inventory (isPhysical false). */
    static bool isService(int productId) { return productId % 50 == 0; }
    /*! Products that may hold inventory among the first `products`. */
    static int stockableProducts(int products) { return products - products / 50; }
    /*! The smallest product count that fits `records` in `warehouses` (with some slack). */
    static int productsFor(int records, int warehouses);
};

} // namespace Glance::Sandbox
