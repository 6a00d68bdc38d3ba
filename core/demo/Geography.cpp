#include "core/demo/Geography.h"

#include <cstring>

namespace panorama::demo::Geography {

namespace {

// Weights approximate where an online clothing retailer's customers live: tier-1 and new tier-1 cities dominate.
// clang-format off
const City kCities[] = {
    {"北京市", "北京市", "Beijing", "100000", 1, 70, false, true, "华北", {"朝阳区", "海淀区", "东城区", "西城区", "丰台区"}},
    {"上海市", "上海市", "Shanghai", "200000", 1, 75, false, true, "华东", {"浦东新区", "徐汇区", "静安区", "黄浦区", "闵行区"}},
    {"广东省", "广州市", "Guangzhou", "510000", 1, 55, false, true, "华南", {"天河区", "越秀区", "海珠区", "白云区", "番禺区"}},
    {"广东省", "深圳市", "Shenzhen", "518000", 1, 55, false, true, "华南", {"南山区", "福田区", "罗湖区", "宝安区", "龙岗区"}},
    {"四川省", "成都市", "Chengdu", "610000", 2, 40, false, true, "西南", {"锦江区", "武侯区", "青羊区", "成华区", "金牛区"}},
    {"浙江省", "杭州市", "Hangzhou", "310000", 2, 40, false, true, "华东", {"西湖区", "上城区", "拱墅区", "滨江区", "余杭区"}},
    {"重庆市", "重庆市", "Chongqing", "400000", 2, 32, false, true, "西南", {"渝中区", "江北区", "南岸区", "沙坪坝区", "九龙坡区"}},
    {"湖北省", "武汉市", "Wuhan", "430000", 2, 30, false, true, "华中", {"武昌区", "江汉区", "洪山区", "江岸区", "汉阳区"}},
    {"陕西省", "西安市", "Xi'an", "710000", 2, 26, false, true, "西北", {"雁塔区", "碑林区", "未央区", "新城区", "莲湖区"}},
    {"江苏省", "苏州市", "Suzhou", "215000", 2, 28, false, true, "华东", {"姑苏区", "吴中区", "相城区", "虎丘区", "吴江区"}},
    {"天津市", "天津市", "Tianjin", "300000", 2, 22, false, true, "华北", {"和平区", "南开区", "河西区", "滨海新区", "河东区"}},
    {"江苏省", "南京市", "Nanjing", "210000", 2, 28, false, true, "华东", {"鼓楼区", "玄武区", "秦淮区", "建邺区", "江宁区"}},
    {"湖南省", "长沙市", "Changsha", "410000", 2, 22, false, true, "华中", {"岳麓区", "芙蓉区", "天心区", "开福区", "雨花区"}},
    {"河南省", "郑州市", "Zhengzhou", "450000", 2, 22, false, true, "华中", {"金水区", "二七区", "中原区", "管城回族区", "惠济区"}},
    {"广东省", "东莞市", "Dongguan", "523000", 2, 18, false, true, "华南", {"南城街道", "东城街道", "莞城街道", "长安镇", "虎门镇"}},
    {"山东省", "青岛市", "Qingdao", "266000", 2, 18, false, true, "华东", {"市南区", "市北区", "崂山区", "李沧区", "黄岛区"}},
    {"辽宁省", "沈阳市", "Shenyang", "110000", 2, 15, false, true, "东北", {"和平区", "沈河区", "皇姑区", "铁西区", "浑南区"}},
    {"浙江省", "宁波市", "Ningbo", "315000", 2, 16, false, true, "华东", {"海曙区", "江北区", "鄞州区", "北仑区", "镇海区"}},
    {"云南省", "昆明市", "Kunming", "650000", 2, 14, false, true, "西南", {"五华区", "盘龙区", "官渡区", "西山区", "呈贡区"}},
    {"安徽省", "合肥市", "Hefei", "230000", 2, 16, false, true, "华东", {"蜀山区", "包河区", "庐阳区", "瑶海区", nullptr}},
    {"福建省", "福州市", "Fuzhou", "350000", 3, 12, false, true, "华东", {"鼓楼区", "台江区", "仓山区", "晋安区", nullptr}},
    {"福建省", "厦门市", "Xiamen", "361000", 3, 13, false, true, "华东", {"思明区", "湖里区", "集美区", "海沧区", nullptr}},
    {"山东省", "济南市", "Jinan", "250000", 3, 13, false, true, "华东", {"历下区", "市中区", "槐荫区", "天桥区", "历城区"}},
    {"黑龙江省", "哈尔滨市", "Harbin", "150000", 3, 11, false, true, "东北", {"南岗区", "道里区", "道外区", "香坊区", nullptr}},
    {"吉林省", "长春市", "Changchun", "130000", 3, 9, false, true, "东北", {"朝阳区", "南关区", "宽城区", "绿园区", nullptr}},
    {"辽宁省", "大连市", "Dalian", "116000", 3, 11, false, true, "东北", {"中山区", "西岗区", "沙河口区", "甘井子区", nullptr}},
    {"河北省", "石家庄市", "Shijiazhuang", "050000", 3, 10, false, true, "华北", {"长安区", "桥西区", "新华区", "裕华区", nullptr}},
    {"山西省", "太原市", "Taiyuan", "030000", 3, 8, false, true, "华北", {"小店区", "迎泽区", "杏花岭区", "万柏林区", nullptr}},
    {"江西省", "南昌市", "Nanchang", "330000", 3, 9, false, true, "华中", {"东湖区", "西湖区", "青山湖区", "红谷滩区", nullptr}},
    {"广西壮族自治区", "南宁市", "Nanning", "530000", 3, 9, false, true, "华南", {"青秀区", "兴宁区", "江南区", "西乡塘区", nullptr}},
    {"贵州省", "贵阳市", "Guiyang", "550000", 3, 8, false, true, "西南", {"云岩区", "南明区", "观山湖区", "花溪区", nullptr}},
    {"甘肃省", "兰州市", "Lanzhou", "730000", 3, 6, false, true, "西北", {"城关区", "七里河区", "安宁区", "西固区", nullptr}},
    {"内蒙古自治区", "呼和浩特市", "Hohhot", "010000", 3, 5, true, false, "华北", {"新城区", "回民区", "赛罕区", "玉泉区", nullptr}},
    {"新疆维吾尔自治区", "乌鲁木齐市", "Urumqi", "830000", 3, 5, true, false, "西北", {"天山区", "沙依巴克区", "新市区", "水磨沟区", nullptr}},
    {"西藏自治区", "拉萨市", "Lhasa", "850000", 4, 2, true, false, "西南", {"城关区", "堆龙德庆区", "达孜区", nullptr, nullptr}},
    {"青海省", "西宁市", "Xining", "810000", 4, 3, true, false, "西北", {"城东区", "城中区", "城西区", "城北区", nullptr}},
    {"宁夏回族自治区", "银川市", "Yinchuan", "750000", 4, 3, false, true, "西北", {"兴庆区", "金凤区", "西夏区", nullptr, nullptr}},
    {"海南省", "海口市", "Haikou", "570000", 3, 5, false, true, "华南", {"龙华区", "美兰区", "秀英区", "琼山区", nullptr}},
    {"海南省", "三亚市", "Sanya", "572000", 4, 3, false, true, "华南", {"吉阳区", "天涯区", "海棠区", "崖州区", nullptr}},
    {"江苏省", "无锡市", "Wuxi", "214000", 3, 12, false, true, "华东", {"梁溪区", "滨湖区", "新吴区", "锡山区", nullptr}},
    {"广东省", "佛山市", "Foshan", "528000", 3, 13, false, true, "华南", {"禅城区", "南海区", "顺德区", nullptr, nullptr}},
    {"福建省", "泉州市", "Quanzhou", "362000", 3, 8, false, true, "华东", {"鲤城区", "丰泽区", "洛江区", "晋江市", nullptr}},
    {"浙江省", "温州市", "Wenzhou", "325000", 3, 9, false, true, "华东", {"鹿城区", "龙湾区", "瓯海区", nullptr, nullptr}},
    {"浙江省", "绍兴市", "Shaoxing", "312000", 4, 6, false, true, "华东", {"越城区", "柯桥区", "上虞区", nullptr, nullptr}},
    {"浙江省", "嘉兴市", "Jiaxing", "314000", 4, 5, false, true, "华东", {"南湖区", "秀洲区", nullptr, nullptr, nullptr}},
    {"江苏省", "常州市", "Changzhou", "213000", 3, 8, false, true, "华东", {"天宁区", "钟楼区", "新北区", "武进区", nullptr}},
    {"江苏省", "南通市", "Nantong", "226000", 4, 7, false, true, "华东", {"崇川区", "通州区", "海门区", nullptr, nullptr}},
    {"江苏省", "徐州市", "Xuzhou", "221000", 4, 7, false, false, "华东", {"云龙区", "鼓楼区", "泉山区", nullptr, nullptr}},
    {"山东省", "烟台市", "Yantai", "264000", 4, 6, false, false, "华东", {"芝罘区", "莱山区", "福山区", nullptr, nullptr}},
    {"山东省", "潍坊市", "Weifang", "261000", 4, 6, false, false, "华东", {"奎文区", "潍城区", "寒亭区", nullptr, nullptr}},
    {"广东省", "珠海市", "Zhuhai", "519000", 3, 6, false, true, "华南", {"香洲区", "斗门区", "金湾区", nullptr, nullptr}},
    {"广东省", "中山市", "Zhongshan", "528400", 4, 6, false, false, "华南", {"石岐街道", "东区街道", "西区街道", nullptr, nullptr}},
    {"广东省", "惠州市", "Huizhou", "516000", 4, 6, false, false, "华南", {"惠城区", "惠阳区", nullptr, nullptr, nullptr}},
    {"河南省", "洛阳市", "Luoyang", "471000", 4, 5, false, false, "华中", {"涧西区", "西工区", "老城区", "洛龙区", nullptr}},
    {"河北省", "唐山市", "Tangshan", "063000", 4, 5, false, false, "华北", {"路北区", "路南区", "开平区", nullptr, nullptr}},
    {"内蒙古自治区", "包头市", "Baotou", "014000", 4, 3, true, false, "华北", {"昆都仑区", "青山区", "东河区", nullptr, nullptr}},
    {"广西壮族自治区", "桂林市", "Guilin", "541000", 4, 4, false, false, "华南", {"秀峰区", "象山区", "七星区", nullptr, nullptr}},
    {"江苏省", "扬州市", "Yangzhou", "225000", 4, 5, false, false, "华东", {"广陵区", "邗江区", "江都区", nullptr, nullptr}},
    {"广东省", "汕头市", "Shantou", "515000", 4, 5, false, false, "华南", {"金平区", "龙湖区", "濠江区", nullptr, nullptr}},
    {"四川省", "绵阳市", "Mianyang", "621000", 4, 4, false, false, "西南", {"涪城区", "游仙区", nullptr, nullptr, nullptr}},
    {"湖北省", "宜昌市", "Yichang", "443000", 4, 4, false, false, "华中", {"西陵区", "伍家岗区", "点军区", nullptr, nullptr}},
    {"江西省", "赣州市", "Ganzhou", "341000", 4, 4, false, false, "华中", {"章贡区", "南康区", "赣县区", nullptr, nullptr}},
    {"新疆维吾尔自治区", "喀什地区", "Kashgar", "844000", 4, 1, true, false, "西北", {"喀什市", "疏附县", "疏勒县", nullptr, nullptr}},
};
// clang-format on

const char *const kStreets[] = {
    "人民路", "解放路",   "中山路", "建设路", "和平路",   "新华路",   "长江路", "黄河路", "文化路",   "学府路",
    "科技路", "滨江大道", "光明路", "幸福路", "东风路",   "胜利路",   "花园路", "青年路", "朝阳路",   "南京路",
    "延安路", "复兴路",   "工农路", "湖滨路", "迎宾大道", "世纪大道", "创业路", "金融街", "天府大道", "环城北路",
};

const char *const kCompounds[] = {
    "阳光花园", "锦绣华城",   "翠湖天地",     "金色家园",     "万科城",     "碧桂园",       "绿地世纪城",
    "保利花园", "华润城",     "龙湖春江郦城", "中海国际社区", "招商雍景湾", "融创滨江壹号", "新城花苑",
    "书香名苑", "东方明珠苑", "丽景湾",       "紫荆花园",     "春华里",     "梧桐公寓",
};

const char *const kOffices[] = {
    "国际金融中心", "环球贸易广场", "科技园大厦", "创新大厦", "银泰中心", "世贸中心", "软件园", "财富广场",
};

} // namespace

std::span<const City> cities()
{
    return kCities;
}

int districtCount(const City &city)
{
    int n = 0;
    while (n < int(city.districts.size()) && city.districts[size_t(n)])
        ++n;
    return n;
}

std::span<const char *const> streets()
{
    return kStreets;
}

std::span<const char *const> compounds()
{
    return kCompounds;
}

std::span<const char *const> officeBuildings()
{
    return kOffices;
}

const char *warehouseFor(const City &city)
{
    // Two distribution centres: Jiaxing for the north and east, Dongguan for the south and west.
    const bool south = std::strcmp(city.region, "华南") == 0 || std::strcmp(city.region, "西南") == 0;
    return south ? "广东省东莞市" : "浙江省嘉兴市";
}

const char *hubFor(const City &city)
{
    if (std::strcmp(city.region, "华北") == 0)
        return "北京顺义转运中心";
    if (std::strcmp(city.region, "东北") == 0)
        return "沈阳转运中心";
    if (std::strcmp(city.region, "华中") == 0)
        return "武汉转运中心";
    if (std::strcmp(city.region, "西南") == 0)
        return "成都双流转运中心";
    if (std::strcmp(city.region, "西北") == 0)
        return "西安转运中心";
    if (std::strcmp(city.region, "华南") == 0)
        return "广州白云转运中心";
    return "上海青浦转运中心";
}

const char *tierTag(const City &city)
{
    switch (city.tier) {
    case 1:
        return "tier1";
    case 2:
        return "new_tier1";
    case 3:
        return "tier2";
    default:
        return "tier3";
    }
}

} // namespace panorama::demo::Geography
