#pragma once

#include <string>

namespace panorama::demo {

class Rng;

// A generated person's name in the forms the generator needs: as displayed, and romanised for e-mail
// addresses and staff user names.
struct PersonName
{
    std::string display;      // "张伟", "Emily Carter"
    std::string surname;      // "张", "Carter"
    std::string given;        // "伟", "Emily"
    std::string romanSurname; // "zhang", "carter"
    std::string romanGiven;   // "wei", "emily"
};

// Chinese names drawn with realistic surname frequencies (王, 李, 张 … about 7 % each, a long tail, a few
// two-character surnames) and gendered given-name characters; English names for English-speaking customers.
namespace PersonNames {

enum class Gender
{
    Female,
    Male
};

PersonName chinese(Rng &rng, Gender gender);
PersonName english(Rng &rng, Gender gender);
// How a Chinese agent addresses the customer: "张女士" / "张先生"; English: "Ms Carter" / "Mr Carter".
std::string honorific(const PersonName &name, Gender gender, bool english);

} // namespace PersonNames

} // namespace panorama::demo
