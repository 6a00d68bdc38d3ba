#pragma once

#include "core/sizing/SizeRecommender.h"

#include <QJsonArray>
#include <QJsonObject>

namespace panorama::sizing {

// JSON forms of the engine's inputs, shared by the CLI, the server API and tests. Field names are snake_case
// with units ("height_cm"); every parse error is a SizingError naming the field.
//   body:     {"height_cm":172,"weight_kg":65,"chest_cm":96,"waist_cm":80,"hips_cm":98,"age":30,
//              "gender":"male","fit":"regular"}
//   chart:    {"brand":"Loom Studio","category":"tops","product":"LS-1001","leading":["chest"],
//              "sizes":[{"size":"M","chest":[88,92],"waist":[74,78],"hips":[90,94],"height":[170,175]}, ...]}
//   purchase: {"brand":"...","category":"...","product":"...","size":"M","outcome":"size_too_small",
//              "date":"2026-05-01","source":"return"}
//   request:  {"body":{...},"chart":{...},"history":[purchase...],"language":"zh-CN","today":"2026-11-23"}
namespace json {

Body bodyFromJson(const QJsonObject &obj);
QJsonObject bodyToJson(const Body &body);
SizeChart chartFromJson(const QJsonObject &obj);
QJsonObject chartToJson(const SizeChart &chart);
PurchaseRecord purchaseFromJson(const QJsonObject &obj);
std::vector<PurchaseRecord> purchasesFromJson(const QJsonArray &array);
SizeRequest requestFromJson(const QJsonObject &obj);

// The retailer's published body charts (docs/policy.md, size-chart article): "women", "men".
// Throws SizingError(InvalidChart) for an unknown name.
SizeChart presetChart(const QString &name);
QStringList presetChartNames();

} // namespace json
} // namespace panorama::sizing
