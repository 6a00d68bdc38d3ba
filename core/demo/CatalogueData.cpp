#include "core/demo/CatalogueData.h"

namespace panorama::demo::CatalogueData {

namespace {

using C = Category;
using W = Wearer;

const StyleName kTops[] = {{"纯棉圆领短袖T恤", "Cotton Crew-Neck T-Shirt"},
                           {"宽松落肩卫衣", "Relaxed Drop-Shoulder Sweatshirt"},
                           {"长袖打底衫", "Long-Sleeve Base Layer Top"},
                           {"条纹海魂衫", "Breton Stripe Top"},
                           {"速干运动T恤", "Quick-Dry Sports Tee"},
                           {"连帽卫衣", "Hooded Sweatshirt"},
                           {"珠地棉POLO衫", "Piqué Polo Shirt"},
                           {"莫代尔背心", "Modal Vest Top"}};
const StyleName kKidsTops[] = {{"儿童纯棉T恤", "Kids' Cotton T-Shirt"},
                               {"儿童连帽卫衣", "Kids' Hoodie"},
                               {"儿童长袖打底衫", "Kids' Long-Sleeve Top"}};
const StyleName kShirts[] = {{"免烫牛津纺衬衫", "Non-Iron Oxford Shirt"},
                             {"真丝衬衫", "Silk Blouse"},
                             {"亚麻休闲衬衫", "Linen Casual Shirt"},
                             {"修身商务衬衫", "Slim Business Shirt"},
                             {"牛仔衬衫", "Denim Shirt"},
                             {"法式泡泡袖衬衫", "French Puff-Sleeve Blouse"}};
const StyleName kDresses[] = {{"碎花收腰连衣裙", "Floral Waisted Dress"},
                              {"针织连衣裙", "Knit Dress"},
                              {"衬衫式连衣裙", "Shirt Dress"},
                              {"小黑裙", "Little Black Dress"},
                              {"吊带长裙", "Slip Maxi Dress"},
                              {"法式茶歇裙", "French Tea Dress"},
                              {"伴娘礼服裙", "Bridesmaid Dress"},
                              {"孕期宽松连衣裙", "Maternity Smock Dress"}};
const StyleName kKidsDresses[] = {{"儿童公主连衣裙", "Kids' Party Dress"}, {"儿童背带裙", "Kids' Pinafore Dress"}};
const StyleName kTrousers[] = {
    {"九分西裤", "Cropped Tailored Trousers"}, {"阔腿裤", "Wide-Leg Trousers"},
    {"休闲束脚裤", "Casual Jogger Trousers"},  {"防泼水徒步裤", "Water-Repellent Hiking Trousers"},
    {"直筒休闲裤", "Straight Chinos"},         {"工装裤", "Cargo Trousers"}};
const StyleName kKidsTrousers[] = {{"儿童运动裤", "Kids' Track Trousers"}, {"儿童牛仔裤", "Kids' Jeans"}};
const StyleName kJeans[] = {{"复古硬挺直筒牛仔裤", "Rigid Vintage Straight Jeans", true},
                            {"原色赤耳牛仔裤", "Raw Selvedge Jeans", true},
                            {"高腰弹力直筒牛仔裤", "High-Rise Stretch Straight Jeans"},
                            {"修身弹力牛仔裤", "Slim Stretch Jeans"},
                            {"弹力阔腿牛仔裤", "Stretch Wide-Leg Jeans"},
                            {"硬挺锥形牛仔裤", "Rigid Tapered Jeans", true}};
const StyleName kSkirts[] = {{"百褶半身裙", "Pleated Midi Skirt"},
                             {"A字短裙", "A-Line Mini Skirt"},
                             {"牛仔半身裙", "Denim Skirt"},
                             {"包臀裙", "Pencil Skirt"},
                             {"缎面半身裙", "Satin Slip Skirt"}};
const StyleName kOuterwear[] = {{"双面羊绒大衣", "Double-Faced Cashmere Coat"},
                                {"轻薄羽绒服", "Light Down Jacket"},
                                {"三合一冲锋衣", "3-in-1 Shell Jacket"},
                                {"西装外套", "Tailored Blazer"},
                                {"经典风衣", "Trench Coat"},
                                {"牛仔夹克", "Denim Jacket"},
                                {"长款羽绒服", "Long Down Coat"},
                                {"抓绒外套", "Fleece Jacket"}};
const StyleName kKidsOuterwear[] = {{"儿童羽绒服", "Kids' Down Jacket"}, {"儿童防风外套", "Kids' Windbreaker"}};
const StyleName kKnitwear[] = {{"羊毛圆领毛衣", "Wool Crew-Neck Sweater"},
                               {"羊毛开衫", "Wool Cardigan"},
                               {"高领打底毛衣", "Roll-Neck Sweater"},
                               {"羊绒衫", "Cashmere Sweater"},
                               {"麻花针织背心", "Cable-Knit Vest"}};
const StyleName kKidsKnitwear[] = {{"儿童针织开衫", "Kids' Knit Cardigan"}};
const StyleName kUnderwearF[] = {{"纯棉三角内裤（3条装）", "Cotton Briefs (3-Pack)"},
                                 {"无痕内衣", "Seamless Bralette"},
                                 {"保暖内衣套装", "Thermal Underwear Set"}};
const StyleName kUnderwearM[] = {{"平角内裤（3条装）", "Boxer Briefs (3-Pack)"},
                                 {"保暖内衣套装", "Thermal Underwear Set"}};
const StyleName kSwimF[] = {{"连体泳衣", "One-Piece Swimsuit"}, {"分体泳衣", "Two-Piece Swimsuit"}};
const StyleName kSwimM[] = {{"沙滩泳裤", "Swim Shorts"}, {"速干泳裤", "Quick-Dry Swim Trunks"}};
const StyleName kSocks[] = {{"中筒棉袜（5双装）", "Cotton Crew Socks (5-Pack)"},
                            {"船袜（5双装）", "No-Show Socks (5-Pack)"},
                            {"美利奴徒步袜", "Merino Hiking Socks"}};
const StyleName kKidsSocks[] = {{"儿童棉袜（5双装）", "Kids' Cotton Socks (5-Pack)"}};
const StyleName kShoes[] = {{"真皮小白鞋", "White Leather Sneakers"},
                            {"乐福鞋", "Loafers"},
                            {"防水徒步鞋", "Waterproof Hiking Shoes"},
                            {"切尔西靴", "Chelsea Boots"},
                            {"帆布鞋", "Canvas Shoes"}};
const StyleName kAccessories[] = {{"羊毛围巾", "Wool Scarf"},   {"棒球帽", "Baseball Cap"},
                                  {"真皮腰带", "Leather Belt"}, {"帆布托特包", "Canvas Tote Bag"},
                                  {"针织帽", "Knit Beanie"},    {"真丝方巾", "Silk Square Scarf"}};

const Colour kColours[] = {
    {"黑色", "Black", "BK"},    {"白色", "White", "WH"},           {"米白", "Ivory", "IV"},
    {"藏青", "Navy", "NV"},     {"燕麦色", "Oatmeal", "OT"},       {"雾霾蓝", "Haze Blue", "HB"},
    {"酒红", "Burgundy", "BG"}, {"卡其", "Khaki", "KH"},           {"浅灰", "Light Grey", "LG"},
    {"深灰", "Charcoal", "CH"}, {"军绿", "Olive", "OL"},           {"樱花粉", "Blossom Pink", "PK"},
    {"驼色", "Camel", "CM"},    {"奶油黄", "Butter Yellow", "YL"}, {"碎花", "Floral Print", "FL"},
    {"条纹", "Stripe", "SP"},
};
const Colour kDenim[] = {{"深蓝", "Dark Indigo", "DI"},
                         {"浅蓝", "Light Wash", "LW"},
                         {"黑色", "Black", "BK"},
                         {"烟灰", "Smoke Grey", "SG"},
                         {"原色", "Raw Indigo", "RW"}};

// Brands: 0 Lumen & Loom, 1 Loom Studio, 2 Petalle, 3 Summit Trail, 4 Indigo Row, 5 Little Loom.
const Line kLines[] = {
    {0, W::Female, C::Tops, 40, "XS", "XXL"},      {0, W::Female, C::Shirts, 20, "XS", "XXL"},
    {0, W::Female, C::Dresses, 30, "XS", "XXL"},   {0, W::Female, C::Trousers, 22, "XS", "XXL"},
    {0, W::Female, C::Jeans, 12, "24", "32"},      {0, W::Female, C::Skirts, 18, "XS", "XL"},
    {0, W::Female, C::Outerwear, 22, "XS", "XXL"}, {0, W::Female, C::Knitwear, 20, "XS", "XXL"},
    {0, W::Female, C::Underwear, 10, "S", "XXL"},  {0, W::Female, C::Swimwear, 6, "S", "XL"},
    {0, W::Female, C::Shoes, 10, "35", "40"},      {0, W::Male, C::Tops, 40, "S", "XXXL"},
    {0, W::Male, C::Shirts, 22, "S", "XXXL"},      {0, W::Male, C::Trousers, 24, "S", "XXXL"},
    {0, W::Male, C::Jeans, 14, "28", "38"},        {0, W::Male, C::Outerwear, 24, "S", "XXXL"},
    {0, W::Male, C::Knitwear, 18, "S", "XXXL"},    {0, W::Male, C::Underwear, 8, "M", "XXXL"},
    {0, W::Male, C::Swimwear, 4, "M", "XXL"},      {0, W::Male, C::Shoes, 10, "39", "45"},
    {0, W::Unisex, C::Socks, 6, "F", "F"},         {0, W::Unisex, C::Accessories, 20, "F", "F"},
    {1, W::Female, C::Shirts, 14, "XS", "XL"},     {1, W::Female, C::Trousers, 14, "XS", "XL"},
    {1, W::Female, C::Outerwear, 14, "XS", "XL"},  {1, W::Female, C::Knitwear, 8, "XS", "XL"},
    {1, W::Female, C::Dresses, 10, "XS", "XL"},    {1, W::Female, C::Skirts, 8, "XS", "XL"},
    {1, W::Male, C::Shirts, 16, "S", "XXL"},       {1, W::Male, C::Trousers, 14, "S", "XXL"},
    {1, W::Male, C::Outerwear, 16, "S", "XXL"},    {1, W::Male, C::Knitwear, 8, "S", "XXL"},
    {2, W::Female, C::Dresses, 40, "XS", "XL"},    {2, W::Female, C::Shirts, 20, "XS", "XL"},
    {2, W::Female, C::Tops, 14, "XS", "XL"},       {2, W::Female, C::Skirts, 16, "XS", "XL"},
    {3, W::Female, C::Outerwear, 16, "XS", "XL"},  {3, W::Female, C::Trousers, 10, "XS", "XL"},
    {3, W::Female, C::Tops, 10, "XS", "XL"},       {3, W::Female, C::Shoes, 6, "35", "40"},
    {3, W::Male, C::Outerwear, 18, "S", "XXXL"},   {3, W::Male, C::Trousers, 12, "S", "XXXL"},
    {3, W::Male, C::Tops, 12, "S", "XXXL"},        {3, W::Male, C::Shoes, 8, "39", "45"},
    {3, W::Unisex, C::Socks, 4, "F", "F"},         {3, W::Unisex, C::Accessories, 8, "F", "F"},
    {4, W::Female, C::Jeans, 20, "24", "32"},      {4, W::Female, C::Skirts, 6, "XS", "XL"},
    {4, W::Female, C::Shirts, 6, "XS", "XL"},      {4, W::Female, C::Outerwear, 6, "XS", "XL"},
    {4, W::Male, C::Jeans, 22, "28", "38"},        {4, W::Male, C::Shirts, 8, "S", "XXL"},
    {4, W::Male, C::Outerwear, 8, "S", "XXL"},     {5, W::Kids, C::Tops, 20, "90", "160"},
    {5, W::Kids, C::Trousers, 14, "90", "160"},    {5, W::Kids, C::Dresses, 10, "90", "150"},
    {5, W::Kids, C::Outerwear, 12, "90", "160"},   {5, W::Kids, C::Knitwear, 8, "90", "150"},
    {5, W::Kids, C::Socks, 3, "F", "F"},
};

const char *const kDescriptorsZh[] = {"经典", "基础款",   "新款", "法式", "复古",
                                      "简约", "设计师款", "日常", "轻盈", "舒适"};
const char *const kDescriptorsEn[] = {"Classic", "Essential", "New",      "French", "Vintage",
                                      "Minimal", "Designer",  "Everyday", "Light",  "Comfort"};

} // namespace

std::span<const StyleName> styleNames(Category category, Wearer wearer)
{
    const bool kids = wearer == Wearer::Kids;
    const bool male = wearer == Wearer::Male;
    switch (category) {
    case C::Tops:
        return kids ? std::span<const StyleName>(kKidsTops) : std::span<const StyleName>(kTops);
    case C::Shirts:
        return kShirts;
    case C::Dresses:
        return kids ? std::span<const StyleName>(kKidsDresses) : std::span<const StyleName>(kDresses);
    case C::Trousers:
        return kids ? std::span<const StyleName>(kKidsTrousers) : std::span<const StyleName>(kTrousers);
    case C::Jeans:
        return kJeans;
    case C::Skirts:
        return kSkirts;
    case C::Outerwear:
        return kids ? std::span<const StyleName>(kKidsOuterwear) : std::span<const StyleName>(kOuterwear);
    case C::Knitwear:
        return kids ? std::span<const StyleName>(kKidsKnitwear) : std::span<const StyleName>(kKnitwear);
    case C::Underwear:
        return male ? std::span<const StyleName>(kUnderwearM) : std::span<const StyleName>(kUnderwearF);
    case C::Swimwear:
        return male ? std::span<const StyleName>(kSwimM) : std::span<const StyleName>(kSwimF);
    case C::Socks:
        return kids ? std::span<const StyleName>(kKidsSocks) : std::span<const StyleName>(kSocks);
    case C::Shoes:
        return kShoes;
    case C::Accessories:
    case C::Count:
        break;
    }
    return kAccessories;
}

std::span<const Colour> colours(Category category)
{
    if (category == C::Jeans)
        return kDenim;
    return kColours;
}

std::span<const Line> lines()
{
    return kLines;
}

std::span<const char *const> descriptorsZh()
{
    return kDescriptorsZh;
}

std::span<const char *const> descriptorsEn()
{
    return kDescriptorsEn;
}

int basePriceYuan(Category category)
{
    static const int prices[] = {69, 129, 199, 149, 179, 129, 399, 189, 49, 139, 25, 299, 89};
    return prices[int(category)];
}

} // namespace panorama::demo::CatalogueData
