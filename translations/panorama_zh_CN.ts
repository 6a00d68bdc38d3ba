<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Display</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Regular</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡会员</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡会员</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>铂金会员</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>官网商城</translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线咨询</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备号</translation>
    </message>
    <message>
        <source>WeChat OpenID</source>
        <translation>微信 OpenID</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Basic attributes</source>
        <translation>基础属性</translation>
    </message>
    <message>
        <source>Behaviour preferences</source>
        <translation>行为偏好</translation>
    </message>
    <message>
        <source>Scenario needs</source>
        <translation>场景需求</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待回复</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <source>Partly returned</source>
        <translation>部分退货</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>派送中</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>偏小</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>偏大</translation>
    </message>
    <message>
        <source>Quality defect</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>不想要了</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>发错货</translation>
    </message>
    <message>
        <source>Late delivery</source>
        <translation>配送延迟</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>已换货</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Return / exchange</source>
        <translation>退换货</translation>
    </message>
    <message>
        <source>Size problem</source>
        <translation>尺码问题</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Payment / invoice</source>
        <translation>支付/发票</translation>
    </message>
    <message>
        <source>Membership / points</source>
        <translation>会员/积分</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>商品质量</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Pre-sale question</source>
        <translation>售前咨询</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已知悉</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>有异议</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Offensive language</source>
        <translation>不当用语</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>违规承诺</translation>
    </message>
    <message>
        <source>Sensitive data</source>
        <translation>敏感信息</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>身高（厘米）</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>体重（公斤）</translation>
    </message>
    <message>
        <source>Chest (cm)</source>
        <translation>胸围（厘米）</translation>
    </message>
    <message>
        <source>Waist (cm)</source>
        <translation>腰围（厘米）</translation>
    </message>
    <message>
        <source>Hips (cm)</source>
        <translation>臀围（厘米）</translation>
    </message>
    <message>
        <source>Fit preference</source>
        <translation>版型偏好</translation>
    </message>
    <message>
        <source>Slim</source>
        <translation>修身</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>宽松</translation>
    </message>
    <message>
        <source>Store staff</source>
        <translation>门店员工</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Quality issue</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>运输破损</translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation>到货延迟</translation>
    </message>
    <message>
        <source>Solved at first contact</source>
        <translation>首次接触解决</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>UnionPay</source>
        <translation>银联</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>礼品卡</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>物流配送</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Panorama customer-service workstation</source>
        <translation>全景客服工作台</translation>
    </message>
    <message>
        <source>Work on a local demo cache imported from the JSON Lines files in DIR (no server).</source>
        <translation>使用从 DIR 中的 JSON Lines 文件导入的本地演示缓存（不连接服务器）。</translation>
    </message>
    <message>
        <source>With --demo-data: act as this staff user.</source>
        <translation>与 --demo-data 一起使用：以该员工身份操作。</translation>
    </message>
    <message>
        <source>Language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Theme: light, dark or system.</source>
        <translation>主题：light、dark 或 system。</translation>
    </message>
    <message>
        <source>Save the documentation screenshots into DIR and quit.</source>
        <translation>将文档截图保存到 DIR 后退出。</translation>
    </message>
    <message>
        <source>Use this settings file.</source>
        <translation>使用此设置文件。</translation>
    </message>
    <message>
        <source>The server&apos;s URL.</source>
        <translation>服务器地址。</translation>
    </message>
    <message>
        <source>Print the milliseconds from process start to an interactive window and quit.</source>
        <translation>打印从进程启动到窗口可操作所用的毫秒数后退出。</translation>
    </message>
    <message>
        <source>--server: &apos;%1&apos; is not a server URL</source>
        <translation>--server：“%1”不是服务器地址</translation>
    </message>
    <message>
        <source>--demo-data: &apos;%1&apos; is not a directory</source>
        <translation>--demo-data：“%1”不是目录</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not en or zh_CN</source>
        <translation>--lang：“%1”不是 en 或 zh_CN</translation>
    </message>
    <message>
        <source>--theme: &apos;%1&apos; is not light, dark or system</source>
        <translation>--theme：“%1”不是 light、dark 或 system</translation>
    </message>
    <message>
        <source>Keep the encrypted profiles in DIR.</source>
        <translation>将加密的用户配置保存在 DIR 中。</translation>
    </message>
    <message>
        <source>Work on an existing encrypted demo cache FILE (its key, in hex, in the environment variable PANORAMA_DEMO_KEY; no server).</source>
        <translation>使用已有的加密演示缓存 FILE（其密钥以十六进制放在环境变量 PANORAMA_DEMO_KEY 中；不连接服务器）。</translation>
    </message>
    <message>
        <source>--demo-cache: &apos;%1&apos; is not a file</source>
        <translation>--demo-cache：“%1”不是文件</translation>
    </message>
    <message>
        <source>--demo-cache needs the cache key as 64 hex digits in PANORAMA_DEMO_KEY</source>
        <translation>--demo-cache 需要在 PANORAMA_DEMO_KEY 中提供 64 位十六进制的缓存密钥</translation>
    </message>
    <message>
        <source>--screenshot needs --demo-data or --demo-cache</source>
        <translation>--screenshot 需要同时指定 --demo-data 或 --demo-cache</translation>
    </message>
    <message>
        <source>Sign in as USER at once (with --password-stdin).</source>
        <translation>立即以 USER 身份登录（配合 --password-stdin）。</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input. Where the machine has no keychain, the cache passphrase comes from the environment variable PANORAMA_PROFILE_PASSPHRASE.</source>
        <translation>从标准输入的第一行读取密码。本机没有钥匙串时，缓存口令取自环境变量 PANORAMA_PROFILE_PASSPHRASE。</translation>
    </message>
    <message>
        <source>--password-stdin needs --user</source>
        <translation>--password-stdin 需要同时指定 --user</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input</source>
        <translation>--password-stdin：标准输入中没有密码</translation>
    </message>
</context>
<context>
    <name>panorama::AddressesModel</name>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
</context>
<context>
    <name>panorama::Command</name>
    <message>
        <source>Needs the server: you are offline.</source>
        <translation>需要连接服务器：您当前处于离线状态。</translation>
    </message>
    <message>
        <source>Needs the role: %1.</source>
        <translation>需要角色：%1。</translation>
    </message>
</context>
<context>
    <name>panorama::Composer</name>
    <message>
        <source>Reply to &amp;customer</source>
        <translation>回复客户(&amp;C)</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>内部备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quick reply…</source>
        <translation>快捷回复(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Insert a quick reply (Ctrl+M)</source>
        <translation>插入快捷回复 (Ctrl+M)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Internal note: only colleagues see this</source>
        <translation>内部备注：仅同事可见</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <source>Not visible to the customer</source>
        <translation>客户不可见</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>添加备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>发送回复(&amp;S)</translation>
    </message>
</context>
<context>
    <name>panorama::ConflictsModel</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Server&apos;s (kept)</source>
        <translation>服务器的（已保留）</translation>
    </message>
</context>
<context>
    <name>panorama::ConversationModel</name>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1，%2，%3：%4</translation>
    </message>
</context>
<context>
    <name>panorama::CustomerHeader</name>
    <message>
        <source>Reveal</source>
        <translation>查看完整</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>查看完整%1</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>非会员</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>member since %1</source>
        <translation>%1 入会</translation>
    </message>
    <message>
        <source>advisor %1</source>
        <translation>专属顾问 %1</translation>
    </message>
    <message>
        <source>Merged into another record</source>
        <translation>已合并到其他记录</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>home store %1</source>
        <translation>常去门店 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 笔订单</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lifetime</source>
        <translation>累计消费 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n 个未结工单</numerusform>
        </translation>
    </message>
    <message>
        <source>Reveal the full value with a reason (audited)</source>
        <translation>说明理由后查看完整信息（将被审计）</translation>
    </message>
</context>
<context>
    <name>panorama::CustomerSearchModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>panorama::CustomerTicketsModel</name>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>panorama::CustomerView</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>时间线(&amp;I)</translation>
    </message>
    <message>
        <source>Tic&amp;kets</source>
        <translation>工单(&amp;K)</translation>
    </message>
    <message>
        <source>A&amp;ddresses</source>
        <translation>地址(&amp;D)</translation>
    </message>
    <message>
        <source>Tic&amp;kets (%1)</source>
        <translation>工单(&amp;K) (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Delivery phone of %1</source>
        <translation>%1 的收货电话</translation>
    </message>
    <message>
        <source>Street address of %1</source>
        <translation>%1 的详细地址</translation>
    </message>
</context>
<context>
    <name>panorama::CustomersArea</name>
    <message>
        <source>Open customers</source>
        <translation>已打开的客户</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Find a customer&lt;/h2&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+K&lt;/b&gt; and type a phone number, member ID, order number, tracking number, e-mail, device ID or the first characters of a name. Results appear as you type; &lt;b&gt;Enter&lt;/b&gt; opens the customer in a tab.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;查找客户&lt;/h2&gt;&lt;p&gt;按 &lt;b&gt;Ctrl+K&lt;/b&gt;，输入手机号、会员号、订单号、运单号、邮箱、设备号或姓名的前几个字。边输入边出结果；按 &lt;b&gt;Enter&lt;/b&gt; 在新标签页中打开客户。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recently opened customers</source>
        <translation>最近打开的客户</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Open a customer first.</source>
        <translation>请先打开一位客户。</translation>
    </message>
    <message>
        <source>&amp;Reveal masked value…</source>
        <translation>查看完整信息(&amp;R)…</translation>
    </message>
    <message>
        <source>Show the full phone, e-mail or address with a stated reason (audited)</source>
        <translation>说明理由后显示完整的手机号、邮箱或地址（将被审计）</translation>
    </message>
    <message>
        <source>Nothing masked is selected.</source>
        <translation>未选中脱敏信息。</translation>
    </message>
    <message>
        <source>&amp;New ticket for this customer…</source>
        <translation>为该客户新建工单(&amp;N)…</translation>
    </message>
    <message>
        <source>New ticket for the selected &amp;order…</source>
        <translation>为选中的订单新建工单(&amp;O)…</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>请先选择一个订单。</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Merge duplicate…</source>
        <translation>合并重复客户(&amp;M)…</translation>
    </message>
    <message>
        <source>Merging needs a server that supports merge and un-merge; this server does not yet.</source>
        <translation>合并需要服务器支持合并与撤销合并，当前服务器尚不支持。</translation>
    </message>
    <message>
        <source>Select a possible duplicate.</source>
        <translation>请选择一个疑似重复的客户。</translation>
    </message>
    <message>
        <source>&amp;Close customer tab</source>
        <translation>关闭客户标签页(&amp;C)</translation>
    </message>
    <message>
        <source>Next customer tab</source>
        <translation>下一个客户标签页</translation>
    </message>
    <message>
        <source>Previous customer tab</source>
        <translation>上一个客户标签页</translation>
    </message>
    <message>
        <source>Needs the server: you are offline.</source>
        <translation>需要连接服务器：您当前处于离线状态。</translation>
    </message>
    <message>
        <source>That customer is not in this cache (it may not have synced yet).</source>
        <translation>本地缓存中没有该客户（可能尚未同步）。</translation>
    </message>
    <message>
        <source>Tag saved; it will sync with the server.</source>
        <translation>标签已保存，将同步到服务器。</translation>
    </message>
    <message>
        <source>The tag was not saved: %1</source>
        <translation>标签未保存：%1</translation>
    </message>
</context>
<context>
    <name>panorama::DashboardArea</name>
    <message>
        <source>Open tickets</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Breaching SLA</source>
        <translation>已超 SLA</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <source>Created today</source>
        <translation>今日新建</translation>
    </message>
    <message>
        <source>Solved today</source>
        <translation>今日解决</translation>
    </message>
    <message>
        <source>Open QA alerts</source>
        <translation>待处理质检告警</translation>
    </message>
    <message>
        <source>Customers in cache</source>
        <translation>缓存中的客户</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Tickets created per day</source>
        <translation>每日新建工单</translation>
    </message>
    <message>
        <source>Open tickets by category</source>
        <translation>未结工单分类</translation>
    </message>
</context>
<context>
    <name>panorama::DemoCache</name>
    <message>
        <source>cannot create a temporary directory</source>
        <translation>无法创建临时目录</translation>
    </message>
    <message>
        <source>Importing the demo data…</source>
        <translation>正在导入演示数据…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Panorama</source>
        <translation>全景客服</translation>
    </message>
    <message>
        <source>Importing %1: %2 rows…</source>
        <translation>正在导入 %1：%2 行…</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>导入已取消，未导入任何数据</translation>
    </message>
</context>
<context>
    <name>panorama::GlobalSearch</name>
    <message>
        <source>Find a customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Find a customer: phone, member ID, order no., name, e-mail, device ID (Ctrl+K)</source>
        <translation>查找客户：手机号、会员号、订单号、姓名、邮箱、设备号 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) · Enter opens · Esc closes</source>
        <translation>
            <numerusform>%n 位客户 · Enter 打开 · Esc 关闭</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panorama::HitDelegate</name>
    <message>
        <source>Quick reply</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Similar case</source>
        <translation>相似案例</translation>
    </message>
</context>
<context>
    <name>panorama::IdentitiesModel</name>
    <message>
        <source>Revealed until %1; masked again after that</source>
        <translation>完整显示至 %1，之后重新脱敏</translation>
    </message>
    <message>
        <source>Masked for your role. Reveal it with a reason (Ctrl+Shift+R); the request is audited.</source>
        <translation>按您的角色已脱敏。说明理由后可查看完整信息 (Ctrl+Shift+R)；该请求将被审计。</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation>首次出现于 %1</translation>
    </message>
</context>
<context>
    <name>panorama::KnowledgeArea</name>
    <message>
        <source>This &amp;solved it</source>
        <translation>已解决问题(&amp;S)</translation>
    </message>
    <message>
        <source>Did &amp;not help</source>
        <translation>没有帮助(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Insert into reply</source>
        <translation>插入回复(&amp;I)</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>搜索知识库</translation>
    </message>
    <message>
        <source>Search policies and quick replies, e.g. 退货运费 or return shipping fee</source>
        <translation>搜索政策和快捷回复，例如：退货运费</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Put this text into the open ticket&apos;s reply (you can edit it before sending)</source>
        <translation>将此内容放入当前工单的回复（发送前可编辑）</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>The knowledge base could not be indexed: %1</source>
        <translation>无法为知识库建立索引：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in %1 ms</source>
        <translation>
            <numerusform>%n 条结果，用时 %1 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Thanks: similar questions will rank this higher.</source>
        <translation>谢谢：类似问题会优先显示这条内容。</translation>
    </message>
    <message>
        <source>Thanks: similar questions will rank this lower.</source>
        <translation>谢谢：类似问题会降低这条内容的排名。</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Similar cases</source>
        <translation>相似案例</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message numerus="yes">
        <source>Indexing %n document(s)…</source>
        <translation>
            <numerusform>正在索引 %n 篇文档…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) searchable.</source>
        <translation>
            <numerusform>可搜索 %n 篇文档。</numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>The customer wrote</source>
        <translation>顾客的问题</translation>
    </message>
    <message>
        <source>The agent answered</source>
        <translation>客服的答复</translation>
    </message>
    <message>
        <source>Type what the customer asks about; the best matching policies, quick replies and similar cases appear as you type. Enter puts the selected one into the open ticket&apos;s reply.</source>
        <translation>输入顾客询问的内容，最匹配的政策、快捷回复和相似案例会随输入出现。按 Enter 将选中的内容放入当前工单的回复。</translation>
    </message>
</context>
<context>
    <name>panorama::KnowledgeIndex</name>
    <message>
        <source>This cache holds no knowledge-base articles yet (they arrive with sync).</source>
        <translation>此缓存中还没有知识库文章（将随同步到达）。</translation>
    </message>
</context>
<context>
    <name>panorama::LoginDialog</name>
    <message>
        <source>Cache &amp;passphrase:</source>
        <translation>缓存口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>离线工作(&amp;O)</translation>
    </message>
    <message>
        <source>Sign in to Panorama</source>
        <translation>登录全景客服</translation>
    </message>
    <message>
        <source>Open this account&apos;s local cache without contacting the server</source>
        <translation>不连接服务器，直接打开该账号的本地缓存</translation>
    </message>
    <message>
        <source>&lt;b&gt;Panorama&lt;/b&gt;&lt;br&gt;Lumen &amp;amp; Loom customer service</source>
        <translation>&lt;b&gt;全景客服&lt;/b&gt;&lt;br&gt;绫光服饰客户服务</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>服务器(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>panorama::MainWindow</name>
    <message>
        <source>Panorama — customer service</source>
        <translation>全景客服工作台</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Panorama</source>
        <translation>全景客服</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Knowledge-base search is not part of this build of Panorama. Quick replies still work in the ticket composer (Ctrl+M).</source>
        <translation>此版本的全景客服不包含知识库搜索。工单回复框中的快捷回复仍可使用 (Ctrl+M)。</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>尺码助手</translation>
    </message>
    <message>
        <source>The sizing assistant is not part of this build of Panorama. Body measurements stay visible in the customer view.</source>
        <translation>此版本的全景客服不包含尺码助手。客户视图中仍可查看身材数据。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>QA alerts</source>
        <translation>质检告警</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Go to Customers</source>
        <translation>转到客户</translation>
    </message>
    <message>
        <source>Go to Tickets</source>
        <translation>转到工单</translation>
    </message>
    <message>
        <source>Go to Knowledge</source>
        <translation>转到知识库</translation>
    </message>
    <message>
        <source>Go to Sizing</source>
        <translation>转到尺码助手</translation>
    </message>
    <message>
        <source>Go to QA alerts</source>
        <translation>转到质检告警</translation>
    </message>
    <message>
        <source>Go to Dashboard</source>
        <translation>转到数据看板</translation>
    </message>
    <message>
        <source>Work online / offline</source>
        <translation>切换在线/离线</translation>
    </message>
    <message>
        <source>This cache has no server.</source>
        <translation>此缓存没有关联服务器。</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Conflict inbox…</source>
        <translation>冲突收件箱…</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>待发送变更…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>工单(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About Panorama</source>
        <translation>关于全景客服</translation>
    </message>
    <message>
        <source>&lt;b&gt;Panorama&lt;/b&gt; %1&lt;br&gt;The customer-service workstation of Lumen &amp;amp; Loom.</source>
        <translation>&lt;b&gt;全景客服&lt;/b&gt; %1&lt;br&gt;绫光服饰的客服工作台。</translation>
    </message>
    <message>
        <source>Open a ticket first: the text goes into its reply.</source>
        <translation>请先打开一个工单：内容会放入它的回复中。</translation>
    </message>
    <message>
        <source>Inserted into the reply; check it before sending.</source>
        <translation>已插入回复，发送前请检查。</translation>
    </message>
    <message>
        <source>Size advice for this customer, order line or ticket</source>
        <translation>为此顾客、订单行或工单提供尺码建议</translation>
    </message>
    <message>
        <source>Routing rules and queue load…</source>
        <translation>分派规则与队列负载…</translation>
    </message>
</context>
<context>
    <name>panorama::MergeSuggestionsModel</name>
    <message>
        <source>Possible duplicate</source>
        <translation>疑似重复客户</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>panorama::MessageDelegate</name>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
</context>
<context>
    <name>panorama::NavigationBar</name>
    <message>
        <source>Areas</source>
        <translation>功能区</translation>
    </message>
</context>
<context>
    <name>panorama::NewTicketDialog</name>
    <message>
        <source>New ticket for %1</source>
        <translation>为 %1 新建工单</translation>
    </message>
    <message>
        <source>New ticket for order %1</source>
        <translation>为订单 %1 新建工单</translation>
    </message>
    <message>
        <source>What is it about? e.g. Exchange for a larger size</source>
        <translation>问题概述，例如：换大一码</translation>
    </message>
    <message>
        <source>Return or exchange for order %1</source>
        <translation>订单 %1 退换货</translation>
    </message>
    <message>
        <source>(route automatically)</source>
        <translation>（自动分配）</translation>
    </message>
    <message>
        <source>Optional: what the customer said, as an internal note</source>
        <translation>可选：客户的描述，作为内部备注</translation>
    </message>
    <message>
        <source>&amp;Create ticket</source>
        <translation>创建工单(&amp;C)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>分类(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>panorama::OrderDetailPanel</name>
    <message>
        <source>New ticket for this order</source>
        <translation>为此订单新建工单</translation>
    </message>
    <message>
        <source>Return or exchange…</source>
        <translation>退换货…</translation>
    </message>
    <message>
        <source>Order items</source>
        <translation>订单商品</translation>
    </message>
    <message>
        <source>Shipment tracking</source>
        <translation>物流跟踪</translation>
    </message>
    <message>
        <source>Returns and exchanges</source>
        <translation>退换货记录</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Returns / exchanges</source>
        <translation>退换货</translation>
    </message>
    <message>
        <source>Select an order to see its items, tracking and returns</source>
        <translation>选择订单以查看商品、物流和退换货</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>订单 %1 · %2</translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <translation>%1 尾号 %2</translation>
    </message>
    <message>
        <source>Tracking (%1)</source>
        <translation>物流 (%1)</translation>
    </message>
    <message>
        <source>Returns / exchanges (%1)</source>
        <translation>退换货 (%1)</translation>
    </message>
</context>
<context>
    <name>panorama::OrderItemsModel</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
</context>
<context>
    <name>panorama::OrdersModel</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>物流状态</translation>
    </message>
    <message>
        <source>Return / exchange</source>
        <translation>退换货</translation>
    </message>
</context>
<context>
    <name>panorama::OrdersPanel</name>
    <message>
        <source>Order status filter</source>
        <translation>订单状态筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 笔订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panorama::OutboxModel</name>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Reply or note</source>
        <translation>回复或备注</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>工单状态</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Customer tag</source>
        <translation>客户标签</translation>
    </message>
    <message>
        <source>Body measurements</source>
        <translation>身材数据</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>服务器给出的原因</translation>
    </message>
</context>
<context>
    <name>panorama::ProfileLogin</name>
    <message>
        <source>Signing in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>There is no local cache for %1 on this computer yet. Sign in once while the server is reachable; after that you can work offline.</source>
        <translation>这台电脑上还没有 %1 的本地缓存。请在能连接服务器时登录一次，之后即可离线工作。</translation>
    </message>
    <message>
        <source>Opening the local cache…</source>
        <translation>正在打开本地缓存…</translation>
    </message>
    <message>
        <source>Creating the local cache…</source>
        <translation>正在创建本地缓存…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
</context>
<context>
    <name>panorama::ProfilePanel</name>
    <message>
        <source>Possible duplicates</source>
        <translation>疑似重复客户</translation>
    </message>
    <message>
        <source>No other record shares a phone, member ID or device ID.</source>
        <translation>没有其他记录与该客户共用手机号、会员号或设备号。</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Body and fit</source>
        <translation>身材与版型</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation>疑似重复客户 (%1)</translation>
    </message>
    <message>
        <source>Height %1 · weight %2 · chest %3 · waist %4 · hips %5 · fit %6</source>
        <translation>身高 %1 · 体重 %2 · 胸围 %3 · 腰围 %4 · 臀围 %5 · 版型 %6</translation>
    </message>
    <message>
        <source>Merge this record into the one you are viewing (audited, can be undone)</source>
        <translation>将该记录合并到当前客户（将被审计，可撤销）</translation>
    </message>
    <message>
        <source>No body measurements recorded.</source>
        <translation>尚未记录身材数据。</translation>
    </message>
</context>
<context>
    <name>panorama::QaAlertsArea</name>
    <message>
        <source>&amp;Open ticket</source>
        <translation>打开工单(&amp;O)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>任意严重程度</translation>
    </message>
    <message>
        <source>QA alerts</source>
        <translation>质检告警</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Finding in its conversation</source>
        <translation>会话中的问题</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Coaching note (confirm) or why it is a false positive (dismiss)</source>
        <translation>辅导备注（确认）或误报原因（驳回）</translation>
    </message>
    <message>
        <source>Your note (needed to dispute)</source>
        <translation>你的备注（申诉时必填）</translation>
    </message>
    <message>
        <source>Precision per rule</source>
        <translation>各规则准确率</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>规则(&amp;U)：</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>客服(&amp;G)：</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>团队(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>止(&amp;T)：</translation>
    </message>
    <message>
        <source>My QA alerts</source>
        <translation>我的质检提醒</translation>
    </message>
    <message>
        <source>Precision per rule (confirmed ÷ reviewed)</source>
        <translation>各规则准确率（已确认 ÷ 已审核）</translation>
    </message>
    <message>
        <source>Select an alert first.</source>
        <translation>请先选择一条提醒。</translation>
    </message>
    <message>
        <source>Only the agent concerned answers an alert.</source>
        <translation>只有相关客服可以回应提醒。</translation>
    </message>
    <message>
        <source>&amp;Confirm (coaching note)</source>
        <translation>确认（辅导备注）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dismiss as false positive</source>
        <translation>驳回为误报(&amp;D)</translation>
    </message>
    <message>
        <source>Type why it is a false positive in the note first.</source>
        <translation>请先在备注中写明误报原因。</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>知悉(&amp;A)</translation>
    </message>
    <message>
        <source>Dis&amp;pute</source>
        <translation>申诉(&amp;P)</translation>
    </message>
    <message>
        <source>Type why you dispute it in the note first.</source>
        <translation>请先在备注中写明申诉原因。</translation>
    </message>
    <message>
        <source>Any rule</source>
        <translation>任意规则</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>任意客服</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>任意团队</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n 条提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an alert to read it in its conversation.</source>
        <translation>选择一条提醒，在其会话中查看。</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <source>Words:</source>
        <translation>用语：</translation>
    </message>
    <message>
        <source>Sent anyway because:</source>
        <translation>仍然发送的理由：</translation>
    </message>
    <message>
        <source>Supervisor (%1):</source>
        <translation>主管（%1）：</translation>
    </message>
    <message>
        <source>Agent (%1):</source>
        <translation>客服（%1）：</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Alert %1; it syncs to the server.</source>
        <translation>提醒：%1，将同步到服务器。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>%1 · internal note</source>
        <translation>%1 · 内部备注</translation>
    </message>
</context>
<context>
    <name>panorama::QaQueueModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
</context>
<context>
    <name>panorama::QuickRepliesModel</name>
    <message>
        <source>Quick reply</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>panorama::QuickReplyPicker</name>
    <message>
        <source>Insert a quick reply</source>
        <translation>插入快捷回复</translation>
    </message>
    <message>
        <source>Quick reply language</source>
        <translation>快捷回复语言</translation>
    </message>
    <message>
        <source>Filter quick replies</source>
        <translation>筛选快捷回复</translation>
    </message>
    <message>
        <source>Type to filter by title or text</source>
        <translation>输入标题或内容进行筛选</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>No quick replies in this language in the cache.</source>
        <translation>缓存中没有该语言的快捷回复。</translation>
    </message>
    <message>
        <source>Fill in before sending: %1</source>
        <translation>发送前请补全：%1</translation>
    </message>
</context>
<context>
    <name>panorama::ReplyCheck</name>
    <message>
        <source>Say instead:</source>
        <translation>建议改为：</translation>
    </message>
    <message numerus="yes">
        <source>%n quality finding(s) in the reply</source>
        <translation>
            <numerusform>回复中有 %n 个质检问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the critical finding before sending (listed above the reply).</source>
        <translation>发送前请修正严重问题（见回复框上方）。</translation>
    </message>
    <message>
        <source>Send despite the warning?</source>
        <translation>仍要在警告下发送吗？</translation>
    </message>
    <message>
        <source>The reply breaks these rules:</source>
        <translation>此回复违反了以下规则：</translation>
    </message>
    <message>
        <source>Say why it is right to send it as it is. Your supervisor sees the reason.</source>
        <translation>请说明为何可以按原样发送。主管会看到这个理由。</translation>
    </message>
    <message>
        <source>Reason for sending anyway</source>
        <translation>仍然发送的理由</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <source>Back to the reply</source>
        <translation>返回修改回复</translation>
    </message>
    <message>
        <source>Mask the number</source>
        <translation>遮蔽号码</translation>
    </message>
    <message>
        <source>Use compliant wording</source>
        <translation>使用合规措辞</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>政策：%1</translation>
    </message>
    <message>
        <source>Say instead: %1</source>
        <translation>建议改为：%1</translation>
    </message>
    <message>
        <source>Sent despite a quality warning (%1). Reason: %2</source>
        <translation>已忽略质检提醒发送（%1）。原因：%2</translation>
    </message>
</context>
<context>
    <name>panorama::ReplySuggestions</name>
    <message>
        <source>&amp;Use in reply</source>
        <translation>用于回复(&amp;U)</translation>
    </message>
    <message>
        <source>Suggestions for this reply</source>
        <translation>此回复的建议</translation>
    </message>
    <message>
        <source>Put the selected suggestion into the reply (you can edit it before sending)</source>
        <translation>将选中的建议放入回复（发送前可以修改）</translation>
    </message>
    <message>
        <source>Suggestions follow what you write.</source>
        <translation>建议会随你输入的内容更新。</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Preparing suggestions…</source>
        <translation>正在准备建议…</translation>
    </message>
    <message>
        <source>No suggestions for this text.</source>
        <translation>此内容暂无建议。</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>依据：%1</translation>
    </message>
</context>
<context>
    <name>panorama::ReturnsModel</name>
    <message>
        <source>new size %1</source>
        <translation>换成 %1 码</translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>panorama::RevealDialog</name>
    <message>
        <source>Reveal %1</source>
        <translation>查看完整%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;Say why you need the full value. The server checks the request and records who asked, when and why; the value is shown for a limited time.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2&lt;br&gt;请说明需要查看完整信息的理由。服务器会核验该请求，并记录申请人、时间和理由；完整信息仅在限定时间内显示。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>请选择理由…</translation>
    </message>
    <message>
        <source>Call the customer back</source>
        <translation>回拨客户电话</translation>
    </message>
    <message>
        <source>Confirm the delivery contact with the customer</source>
        <translation>与客户确认收货联系方式</translation>
    </message>
    <message>
        <source>Book a carrier pickup for a return</source>
        <translation>为退货预约快递上门取件</translation>
    </message>
    <message>
        <source>Verify the customer&apos;s identity</source>
        <translation>核验客户身份</translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation>其他（请在下方说明）</translation>
    </message>
    <message>
        <source>Reason details</source>
        <translation>理由说明</translation>
    </message>
    <message>
        <source>Details, e.g. the ticket number (required for &quot;Other&quot;)</source>
        <translation>补充说明，例如工单号（选择“其他”时必填）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>查看完整(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>You are offline. Revealing needs the server, which checks and records every request; the value stays masked until you are back online.</source>
        <translation>您当前处于离线状态。查看完整信息需要服务器核验并记录每次请求；恢复在线前信息将保持脱敏。</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在请求服务器…</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>必须填写理由。</translation>
    </message>
    <message>
        <source>Granted. This view is recorded in the audit log.</source>
        <translation>已批准。本次查看已记入审计日志。</translation>
    </message>
    <message>
        <source>Revealed value: %1</source>
        <translation>完整信息：%1</translation>
    </message>
    <message>
        <source>The request waits for a supervisor&apos;s approval (payment data). You will see the value here once it is approved.</source>
        <translation>该请求需要主管审批（支付信息）。审批通过后将在此显示。</translation>
    </message>
    <message>
        <source>The grant has expired; the value is masked again.</source>
        <translation>授权已过期，信息已重新脱敏。</translation>
    </message>
    <message>
        <source>Visible until %1 (%2:%3 left)</source>
        <translation>显示至 %1（剩余 %2:%3）</translation>
    </message>
</context>
<context>
    <name>panorama::RoutingAdminDialog</name>
    <message>
        <source>Routing: queue load and rules</source>
        <translation>分派：队列负载与规则</translation>
    </message>
    <message>
        <source>Queue load per team</source>
        <translation>各团队队列负载</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Breaching SLA</source>
        <translation>已超 SLA</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <source>Routing rules (JSON)</source>
        <translation>分派规则（JSON）</translation>
    </message>
    <message>
        <source>Rules are evaluated top to bottom; the first rule with a team decides the queue. Changes are checked as you type. The server keeps the rules in force and syncs them to every workstation; publishing from here needs its rule endpoint, which this workstation does not call yet: copy the checked file to the administrator.</source>
        <translation>规则自上而下执行，第一条指定了团队的规则决定队列。修改会在输入时检查。生效的规则保存在服务器上并同步到每个工作台；从这里发布需要服务器的规则接口，本工作台暂未调用：请将检查通过的文件交给管理员。</translation>
    </message>
    <message>
        <source>&amp;Queue load</source>
        <translation>队列负载(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>规则(&amp;R)</translation>
    </message>
    <message>
        <source>The rules are valid for the taxonomy.</source>
        <translation>规则符合分类体系。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n 个问题：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panorama::RoutingStrip</name>
    <message>
        <source>Correct category</source>
        <translation>更正分类</translation>
    </message>
    <message>
        <source>Sets the right category; the server&apos;s classifier learns from it.</source>
        <translation>设置正确的分类；服务器的分类模型会从中学习。</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>分派：</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language of routing explanations: en or zh</comment>
        <translation>zh</translation>
    </message>
    <message>
        <source>set by an agent</source>
        <translation>由客服设置</translation>
    </message>
    <message>
        <source>manual triage</source>
        <translation>人工分拣</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>置信度 %1</translation>
    </message>
    <message>
        <source>Computed here: the model says %1. %2</source>
        <translation>本地计算：模型判断为 %1。%2</translation>
    </message>
    <message>
        <source>Computed here: %1</source>
        <translation>本地计算：%1</translation>
    </message>
    <message>
        <source>Category set to %1; the server keeps it as a training example.</source>
        <translation>分类已设为 %1；服务器会将其作为训练样本保存。</translation>
    </message>
    <message>
        <source>Category not changed: %1</source>
        <translation>分类未更改：%1</translation>
    </message>
    <message>
        <source>Use suggested answer</source>
        <translation>使用建议答复</translation>
    </message>
</context>
<context>
    <name>panorama::ScreenshotTour</name>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>panorama::Session</name>
    <message>
        <source>The server refused a change (%1): %2</source>
        <translation>服务器拒绝了一项变更（%1）：%2</translation>
    </message>
    <message>
        <source>Sign in to go online.</source>
        <translation>请登录以恢复在线。</translation>
    </message>
    <message>
        <source>This cache has no server, so it has no conflicts.</source>
        <translation>此缓存没有关联服务器，因此没有冲突。</translation>
    </message>
    <message>
        <source>That conflict is already resolved.</source>
        <translation>该冲突已解决。</translation>
    </message>
    <message>
        <source>That change is not refused (or already dismissed).</source>
        <translation>该变更未被拒绝（或已忽略）。</translation>
    </message>
    <message>
        <source>This cache has no server. Revealing needs the server, which checks and records every request.</source>
        <translation>此缓存没有关联服务器。查看完整信息需要服务器核验并记录每次请求。</translation>
    </message>
    <message>
        <source>You are offline. Revealing needs the server, which checks and records every request.</source>
        <translation>您当前处于离线状态。查看完整信息需要服务器核验并记录每次请求。</translation>
    </message>
</context>
<context>
    <name>panorama::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>系统字号</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>A new language applies the next time Panorama starts.</source>
        <translation>新的语言将在下次启动全景客服时生效。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>字号(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>panorama::ShipmentsModel</name>
    <message>
        <source>delivered %1</source>
        <translation>%1 签收</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Carrier / location</source>
        <translation>快递公司/地点</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>panorama::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Underlined letters in buttons and labels work with Alt. Esc closes.</source>
        <translation>按钮和标签中带下划线的字母可配合 Alt 键使用。按 Esc 关闭。</translation>
    </message>
</context>
<context>
    <name>panorama::SizingArea</name>
    <message>
        <source>&amp;New caller</source>
        <translation>新来电(&amp;N)</translation>
    </message>
    <message>
        <source>Clears the form for someone without a customer record.</source>
        <translation>为没有顾客档案的来电者清空表单。</translation>
    </message>
    <message>
        <source>Answers change as you type. Open a customer, an order line or a ticket and press Ctrl+Shift+Z to fill this in from their profile and purchases.</source>
        <translation>结果随输入即时变化。打开顾客、订单行或工单后按 Ctrl+Shift+Z，可根据其档案和购买记录填写。</translation>
    </message>
    <message>
        <source>Sizing assistant</source>
        <translation>尺码助手</translation>
    </message>
</context>
<context>
    <name>panorama::SizingButton</name>
    <message>
        <source>Size advice…</source>
        <translation>尺码建议…</translation>
    </message>
    <message>
        <source>The sizing assistant with this customer&apos;s measurements and purchases (Ctrl+Shift+Z)</source>
        <translation>用此顾客的身材数据和购买记录打开尺码助手（Ctrl+Shift+Z）</translation>
    </message>
</context>
<context>
    <name>panorama::SizingFlagsPanel</name>
    <message>
        <source>Size charts that are probably wrong</source>
        <translation>可能有误的尺码表</translation>
    </message>
    <message>
        <source>No product&apos;s size returns cluster on one side.</source>
        <translation>没有商品的尺码退货集中偏向一侧。</translation>
    </message>
    <message>
        <source>%1 size</source>
        <translation>%1 个尺码</translation>
    </message>
    <message>
        <source>%1 size (about %2 cm of %3)</source>
        <translation>%1 个尺码（%3 约 %2 厘米）</translation>
    </message>
    <message>
        <source>runs small by %1: the chart should be larger</source>
        <translation>偏小 %1：尺码表应调大</translation>
    </message>
    <message>
        <source>runs large by %1: the chart should be smaller</source>
        <translation>偏大 %1：尺码表应调小</translation>
    </message>
    <message>
        <source>%1 returned too small, %2 too large, %3 kept; p = %4</source>
        <translation>%1 件因偏小退货，%2 件因偏大退货，%3 件保留；p = %4</translation>
    </message>
</context>
<context>
    <name>panorama::SizingPanel</name>
    <message>
        <source>— (estimate)</source>
        <translation>—（估算）</translation>
    </message>
    <message>
        <source>— (ask)</source>
        <translation>—（请询问）</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>身高</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <source>Chest or bust</source>
        <translation>胸围</translation>
    </message>
    <message>
        <source>Waist</source>
        <translation>腰围</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>臀围</translation>
    </message>
    <message>
        <source>&amp;Save measurements to the profile</source>
        <translation>将身材数据保存到档案(&amp;S)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>— (unknown)</source>
        <translation>—（未知）</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Fit preference</source>
        <translation>版型偏好</translation>
    </message>
    <message>
        <source>Slim</source>
        <translation>修身</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>宽松</translation>
    </message>
    <message>
        <source>Recommended size</source>
        <translation>推荐尺码</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>商品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>身高(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>体重(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Chest / bust:</source>
        <translation>胸围(&amp;C)：</translation>
    </message>
    <message>
        <source>W&amp;aist:</source>
        <translation>腰围(&amp;A)：</translation>
    </message>
    <message>
        <source>H&amp;ips:</source>
        <translation>臀围(&amp;I)：</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>年龄(&amp;G)：</translation>
    </message>
    <message>
        <source>Ge&amp;nder:</source>
        <translation>性别(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Fit:</source>
        <translation>版型(&amp;F)：</translation>
    </message>
    <message>
        <source>Body and product</source>
        <translation>身材与商品</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Sizing for a caller without a customer record</source>
        <translation>为无顾客档案的来电者推荐尺码</translation>
    </message>
    <message>
        <source>Sizing for %1</source>
        <translation>为 %1 推荐尺码</translation>
    </message>
    <message>
        <source>No purchase history: the answer rests on the body and the chart.</source>
        <translation>没有购买记录：结果基于身材数据和尺码表。</translation>
    </message>
    <message>
        <source>History: %1 kept, %2 returned too small, %3 returned too large.</source>
        <translation>历史：保留 %1 件，因偏小退货 %2 件，因偏大退货 %3 件。</translation>
    </message>
    <message>
        <source>Store chart: women</source>
        <translation>店铺尺码表：女装</translation>
    </message>
    <message>
        <source>Store chart: men</source>
        <translation>店铺尺码表：男装</translation>
    </message>
    <message>
        <source>%1 · %2 (bought %3)</source>
        <translation>%1 · %2（购买 %3）</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source>Ask for height and weight: they are needed for every recommendation.</source>
        <translation>请询问身高和体重：每次推荐都需要它们。</translation>
    </message>
    <message>
        <source>This product has no usable size chart (%1).</source>
        <translation>此商品没有可用的尺码表（%1）。</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code of the size advice: en or zh-CN</comment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>Runner-up: %1</source>
        <translation>次选：%1</translation>
    </message>
    <message>
        <source>Confidence %1 %</source>
        <translation>置信度 %1 %</translation>
    </message>
    <message>
        <source>Confidence %1 percent</source>
        <translation>置信度百分之 %1</translation>
    </message>
    <message>
        <source>Likelihood per size: %1</source>
        <translation>各尺码可能性：%1</translation>
    </message>
    <message>
        <source>Open the customer first: there is no profile to save to.</source>
        <translation>请先打开顾客：没有可保存的档案。</translation>
    </message>
    <message>
        <source>Saves the changed measurements to the customer&apos;s profile.</source>
        <translation>将修改后的身材数据保存到顾客档案。</translation>
    </message>
    <message>
        <source>The profile already holds these measurements.</source>
        <translation>档案中已有这些身材数据。</translation>
    </message>
    <message>
        <source>Measurements not saved: %1</source>
        <translation>身材数据未保存：%1</translation>
    </message>
    <message>
        <source>Measurements saved to the profile; sending to the server.</source>
        <translation>身材数据已保存到档案，正在发送到服务器。</translation>
    </message>
    <message>
        <source>Measurements saved to the profile; they will sync when you are online.</source>
        <translation>身材数据已保存到档案，联网后将同步。</translation>
    </message>
</context>
<context>
    <name>panorama::SyncInbox</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep the &amp;server&apos;s</source>
        <translation>保留服务器的(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Dismiss refused change</source>
        <translation>忽略被拒绝的变更(&amp;D)</translation>
    </message>
    <message>
        <source>Conflicts and outbox</source>
        <translation>冲突与待发送变更</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>待发送变更</translation>
    </message>
    <message>
        <source>These fields were changed here while someone else changed them on the server. The server&apos;s value is in place; choose for each which one stays.</source>
        <translation>这些字段在本机修改的同时，也被他人在服务器上修改了。目前采用服务器的值；请逐项选择保留哪一个。</translation>
    </message>
    <message>
        <source>Changes saved here that the server has not confirmed yet. Refused changes stay until you dismiss them; the record shows the server&apos;s values again.</source>
        <translation>已在本机保存、但服务器尚未确认的变更。被拒绝的变更会一直保留到您忽略为止；记录会恢复为服务器的值。</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突 (%1)</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>待发送 (%1)</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>已解决。</translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation>未解决：%1</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>已忽略。</translation>
    </message>
    <message>
        <source>Not dismissed: %1</source>
        <translation>未忽略：%1</translation>
    </message>
</context>
<context>
    <name>panorama::SyncStatus</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the sync; what has arrived stays, the rest comes next time</source>
        <translation>停止同步；已同步的数据会保留，其余下次继续</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>同步出错</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Connected to %1. Click to work offline (Ctrl+Shift+O).</source>
        <translation>已连接 %1。点击切换为离线工作 (Ctrl+Shift+O)。</translation>
    </message>
    <message>
        <source>Working offline. Click to connect to %1 (Ctrl+Shift+O).</source>
        <translation>离线工作中。点击连接 %1 (Ctrl+Shift+O)。</translation>
    </message>
    <message>
        <source>A local cache with no server: changes stay in the outbox.</source>
        <translation>本地缓存未关联服务器：变更将保留在待发送列表中。</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>连接：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n 项变更待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n 项被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Local changes waiting for the server (click to see them)</source>
        <translation>等待服务器确认的本地变更（点击查看）</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflict(s)</source>
        <translation>
            <numerusform>⚠ %n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields changed here and on the server: choose which value stays (Ctrl+Shift+C)</source>
        <translation>本机和服务器都修改过的字段：请选择保留哪个值 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>Local cache, no server</source>
        <translation>本地缓存，无服务器</translation>
    </message>
</context>
<context>
    <name>panorama::TagDialog</name>
    <message>
        <source>Add a tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>e.g. preferred_style</source>
        <translation>例如 preferred_style</translation>
    </message>
    <message>
        <source>e.g. minimalist</source>
        <translation>例如 极简</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>维度(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>panorama::TagsModel</name>
    <message>
        <source>%1 = %2, weight %3, from %4</source>
        <translation>%1 = %2，权重 %3，来源 %4</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>panorama::TicketQueueModel</name>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>panorama::TicketQueuePanel</name>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>我的团队</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Breaching SLA</source>
        <translation>已超 SLA</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未结</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>队列：%1</translation>
    </message>
    <message>
        <source>Filter the queue</source>
        <translation>筛选队列</translation>
    </message>
    <message>
        <source>Filter by ticket number or subject (Ctrl+F)</source>
        <translation>按工单号或主题筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>工单队列</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panorama::TicketView</name>
    <message>
        <source>Select a ticket in the queue (Enter opens it).</source>
        <translation>在队列中选择一个工单（按 Enter 打开）。</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>分配给我(&amp;M)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>团队(&amp;E)：</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>处理人(&amp;G)：</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>（新建）</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>（无客户）</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>via %1 · %2</source>
        <translation>来自%1 · %2</translation>
    </message>
    <message>
        <source>SLA %1</source>
        <translation>SLA %1</translation>
    </message>
    <message>
        <source>First response due %1</source>
        <translation>首次响应截止 %1</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>备注已添加</translation>
    </message>
    <message>
        <source>Reply saved</source>
        <translation>回复已保存</translation>
    </message>
    <message>
        <source>Status set to %1</source>
        <translation>状态已改为%1</translation>
    </message>
    <message>
        <source>Assignment changed</source>
        <translation>分配已更改</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>%1; sending to the server.</source>
        <translation>%1，正在发送到服务器。</translation>
    </message>
    <message>
        <source>%1; it will sync when you are back online.</source>
        <translation>%1，恢复在线后将同步。</translation>
    </message>
</context>
<context>
    <name>panorama::TicketsArea</name>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Open a ticket first.</source>
        <translation>请先打开一个工单。</translation>
    </message>
    <message>
        <source>Send reply or note</source>
        <translation>发送回复或备注</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>撰写回复</translation>
    </message>
    <message>
        <source>Switch between reply and internal note</source>
        <translation>在回复与内部备注之间切换</translation>
    </message>
    <message>
        <source>Insert a quick reply…</source>
        <translation>插入快捷回复…</translation>
    </message>
    <message>
        <source>Mark solved</source>
        <translation>标记为已解决</translation>
    </message>
    <message>
        <source>Mark pending (waiting for the customer)</source>
        <translation>标记为待回复（等待客户）</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <source>Next ticket in the queue</source>
        <translation>队列中的下一个工单</translation>
    </message>
    <message>
        <source>Previous ticket in the queue</source>
        <translation>队列中的上一个工单</translation>
    </message>
    <message>
        <source>Filter the queue</source>
        <translation>筛选队列</translation>
    </message>
    <message>
        <source>Open the ticket&apos;s customer</source>
        <translation>打开工单的客户</translation>
    </message>
    <message>
        <source>The ticket has no customer.</source>
        <translation>该工单没有关联客户。</translation>
    </message>
    <message>
        <source>New ticket for this ticket&apos;s customer…</source>
        <translation>为该工单的客户新建工单…</translation>
    </message>
    <message>
        <source>The ticket was not created: %1</source>
        <translation>工单未创建：%1</translation>
    </message>
    <message>
        <source>Ticket created; the server assigns its number.</source>
        <translation>工单已创建，工单号由服务器分配。</translation>
    </message>
    <message>
        <source>Ticket created offline; it will sync when you are back online.</source>
        <translation>工单已离线创建，恢复在线后将同步。</translation>
    </message>
</context>
<context>
    <name>panorama::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>panorama::Workstation</name>
    <message>
        <source>The demo data could not be imported: %1</source>
        <translation>无法导入演示数据：%1</translation>
    </message>
    <message>
        <source>The demo data has no agent to act as.</source>
        <translation>演示数据中没有可用的客服账号。</translation>
    </message>
    <message>
        <source>The demo data has no staff user &apos;%1&apos;.</source>
        <translation>演示数据中没有员工“%1”。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>The demo cache has no staff user to act as.</source>
        <translation>演示缓存中没有可用的员工账号。</translation>
    </message>
    <message>
        <source>The demo cache could not be opened: %1</source>
        <translation>无法打开演示缓存：%1</translation>
    </message>
</context>
</TS>
