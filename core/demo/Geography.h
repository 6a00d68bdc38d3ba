#pragma once

#include <array>
#include <span>

namespace panorama::demo {

// One city of mainland China as the generator uses it: province, postal code, tier, real district names.
struct City
{
    const char *province;
    const char *name;
    const char *nameEn;
    const char *postalCode;
    int tier;           // 1: Beijing/Shanghai/Guangzhou/Shenzhen, 2: new tier-1, 3: tier-2, 4: smaller
    int weight;         // relative share of customers
    bool remote;        // policy "remote regions": 5-10 days, no express
    bool express;       // in the 48 next-day-delivery cities
    const char *region; // 华东, 华北, ...
    std::array<const char *, 5> districts; // unused entries are null
};

// The cities, streets and residential compounds addresses are made of, and the hubs parcels pass through.
namespace Geography {

std::span<const City> cities();
int districtCount(const City &city);
std::span<const char *const> streets();
std::span<const char *const> compounds();
std::span<const char *const> officeBuildings();
// Distribution centre that ships to a region ("浙江省嘉兴市" for the east, ...) and the hub on the way.
const char *warehouseFor(const City &city);
const char *hubFor(const City &city);
// "city tier" tag value: tier1, new_tier1, tier2, tier3.
const char *tierTag(const City &city);

} // namespace Geography

} // namespace panorama::demo
