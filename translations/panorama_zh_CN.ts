<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Display</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat OpenID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return / exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment / invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership / points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-sale question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offensive language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waist (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hips (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved at first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionPay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Panorama customer-service workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on a local demo cache imported from the JSON Lines files in DIR (no server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo-data: act as this staff user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: light, dark or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the documentation screenshots into DIR and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the milliseconds from process start to an interactive window and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server: &apos;%1&apos; is not a server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-data: &apos;%1&apos; is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not en or zh_CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme: &apos;%1&apos; is not light, dark or system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs --demo-data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::AddressesModel</name>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::Command</name>
    <message>
        <source>Needs the server: you are offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the role: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::Composer</name>
    <message>
        <source>Reply to &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a quick reply (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note: only colleagues see this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not visible to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::ConflictsModel</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s (kept)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::ConversationModel</name>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::CustomerHeader</name>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advisor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into another record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reveal the full value with a reason (audited)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::CustomerSearchModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::CustomerTicketsModel</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::CustomerView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tic&amp;kets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tic&amp;kets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery phone of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::CustomersArea</name>
    <message>
        <source>Open customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Find a customer&lt;/h2&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+K&lt;/b&gt; and type a phone number, member ID, order number, tracking number, e-mail, device ID or the first characters of a name. Results appear as you type; &lt;b&gt;Enter&lt;/b&gt; opens the customer in a tab.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently opened customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal masked value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full phone, e-mail or address with a stated reason (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing masked is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ticket for this customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket for the selected &amp;order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging needs a server that supports merge and un-merge; this server does not yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a possible duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close customer tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next customer tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous customer tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the server: you are offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That customer is not in this cache (it may not have synced yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag saved; it will sync with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::DashboardArea</name>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaching SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open QA alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers in cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets created per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets by category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::DemoCache</name>
    <message>
        <source>cannot create a temporary directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1: %2 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::GlobalSearch</name>
    <message>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer: phone, member ID, order no., name, e-mail, device ID (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) · Enter opens · Esc closes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panorama::IdentitiesModel</name>
    <message>
        <source>Revealed until %1; masked again after that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked for your role. Reveal it with a reason (Ctrl+Shift+R); the request is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::LoginDialog</name>
    <message>
        <source>Cache &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this account&apos;s local cache without contacting the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Panorama&lt;/b&gt;&lt;br&gt;Lumen &amp;amp; Loom customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::MainWindow</name>
    <message>
        <source>Panorama — customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge-base search is not part of this build of Panorama. Quick replies still work in the ticket composer (Ctrl+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sizing assistant is not part of this build of Panorama. Body measurements stay visible in the customer view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Sizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to QA alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work online / offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cache has no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict inbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Panorama&lt;/b&gt; %1&lt;br&gt;The customer-service workstation of Lumen &amp;amp; Loom.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::MergeSuggestionsModel</name>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::MessageDelegate</name>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::NavigationBar</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::NewTicketDialog</name>
    <message>
        <source>New ticket for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket for order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it about? e.g. Exchange for a larger size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return or exchange for order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(route automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what the customer said, as an internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::OrderDetailPanel</name>
    <message>
        <source>New ticket for this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return or exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns and exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns / exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its items, tracking and returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns / exchanges (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::OrderItemsModel</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::OrdersModel</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return / exchange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::OrdersPanel</name>
    <message>
        <source>Order status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panorama::OutboxModel</name>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::ProfileLogin</name>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local cache for %1 on this computer yet. Sign in once while the server is reachable; after that you can work offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the local cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the local cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::ProfilePanel</name>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other record shares a phone, member ID or device ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body and fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height %1 · weight %2 · chest %3 · waist %4 · hips %5 · fit %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge this record into the one you are viewing (audited, can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::QaAlertsArea</name>
    <message>
        <source>&amp;Open ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings come from the server&apos;s quality inspection. Confirming or dismissing them is done on the server; this view is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a finding to read its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::QaAlertsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::QuickRepliesModel</name>
    <message>
        <source>Quick reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::QuickReplyPicker</name>
    <message>
        <source>Insert a quick reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick reply language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter quick replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter by title or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quick replies in this language in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in before sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::ReturnsModel</name>
    <message>
        <source>new size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::RevealDialog</name>
    <message>
        <source>Reveal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;Say why you need the full value. The server checks the request and records who asked, when and why; the value is shown for a limited time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the customer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the delivery contact with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a carrier pickup for a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the customer&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details, e.g. the ticket number (required for &quot;Other&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline. Revealing needs the server, which checks and records every request; the value stays masked until you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted. This view is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request waits for a supervisor&apos;s approval (payment data). You will see the value here once it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant has expired; the value is masked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible until %1 (%2:%3 left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::ScreenshotTour</name>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::Session</name>
    <message>
        <source>The server refused a change (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to go online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cache has no server, so it has no conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conflict is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change is not refused (or already dismissed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cache has no server. Revealing needs the server, which checks and records every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline. Revealing needs the server, which checks and records every request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Panorama starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::ShipmentsModel</name>
    <message>
        <source>delivered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier / location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlined letters in buttons and labels work with Alt. Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::SyncInbox</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss refused change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fields were changed here while someone else changed them on the server. The server&apos;s value is in place; choose for each which one stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved here that the server has not confirmed yet. Refused changes stay until you dismiss them; the record shows the server&apos;s values again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not dismissed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::SyncStatus</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync; what has arrived stays, the rest comes next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. Click to work offline (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline. Click to connect to %1 (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local cache with no server: changes stay in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Local changes waiting for the server (click to see them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fields changed here and on the server: choose which value stays (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::TagDialog</name>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. preferred_style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. minimalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::TagsModel</name>
    <message>
        <source>%1 = %2, weight %3, from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::TicketQueueModel</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::TicketQueuePanel</name>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaching SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by ticket number or subject (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panorama::TicketView</name>
    <message>
        <source>Select a ticket in the queue (Enter opens it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; sending to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; it will sync when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::TicketsArea</name>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ticket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between reply and internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a quick reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark pending (waiting for the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ticket in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous ticket in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ticket&apos;s customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket has no customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket for this ticket&apos;s customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket created; the server assigns its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket created offline; it will sync when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::TimelineModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panorama::Workstation</name>
    <message>
        <source>The demo data could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data has no agent to act as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data has no staff user &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
