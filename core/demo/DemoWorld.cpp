#include "core/demo/DemoWorld.h"

namespace panorama::demo {

DemoWorld::DemoWorld(const DemoOptions &options)
    : m_options(options), m_ids(options.seed), m_catalogue(options.seed, m_ids, options.nowMs),
      m_workforce(options.seed, m_ids, options.nowMs), m_calendar(options.nowMs),
      m_phone(mix64(options.seed ^ 0x70686f6e65ULL), 4), m_member(mix64(options.seed ^ 0x6d656d626572ULL), 5),
      m_orderNo(mix64(options.seed ^ 0x6f72646572ULL), 4), m_ticketNo(mix64(options.seed ^ 0x7469636b6574ULL), 4),
      m_tracking(mix64(options.seed ^ 0x747261636bULL), 6),
      m_email(mix64(options.seed ^ 0x656d61696cULL), options.customers <= 1000000 ? 3 : 4)
{}

} // namespace panorama::demo
