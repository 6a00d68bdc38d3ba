#pragma once

#include "core/storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace panorama {

// An encrypted cache in a temporary directory, filled with a small, fully known data set (see the .cpp).
class SampleCache
{
public:
    SampleCache();
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
};

} // namespace panorama
