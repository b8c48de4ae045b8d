<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AssumptionsPanel</name>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="22"/>
        <source>本人工资年增长率</source>
        <translation>Own wage growth per year</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="23"/>
        <source>社会平均工资年增长率</source>
        <translation>Average wage growth per year</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="24"/>
        <source>未来记账利率</source>
        <translation>Future credited interest rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="25"/>
        <source>通货膨胀率</source>
        <translation>Inflation rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="26"/>
        <source>退休后养老金年调整幅度</source>
        <translation>Annual pension adjustment after retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="35"/>
        <source>假设（留空即用默认估计值）</source>
        <translation>Assumptions (leave blank to use the default estimates)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="43"/>
        <source>默认 {0}：{1}</source>
        <translation>Default {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="51"/>
        <source> 元/月</source>
        <translation> yuan/month</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="52"/>
        <source>医保个人账户每月支出</source>
        <translation>Monthly medical account spending</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="54"/>
        <source>修改医保支出</source>
        <translation>Change medical spending</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="61"/>
        <source>名义金额（当年的元）</source>
        <translation>Nominal amounts (yuan of each year)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="62"/>
        <source>今日购买力（按通胀折算）</source>
        <translation>Today&apos;s purchasing power (inflation-adjusted)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="66"/>
        <source>※ 标记的数字依赖估计值；默认假设可在此修改，政策参数可在“计算过程”中查看来源。</source>
        <translation>※ Marked figures depend on estimates. Default assumptions can be changed here; sources of policy parameters are shown under &quot;Calculation&quot;.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="81"/>
        <source>修改假设</source>
        <translation>Change assumptions</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="84"/>
        <source>未来缴费（从今天到退休）</source>
        <translation>Future contributions (from today to retirement)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="86"/>
        <source>继续缴费至退休</source>
        <translation>Keep contributing until retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="88"/>
        <source>指定未来月工资（本月起，逐年增长）</source>
        <translation>Future wage (grows yearly)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="89"/>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="91"/>
        <source>本月的月工资；以后各年按“本人工资增长”假设增长（逐年明细中可见）。不指定时，从最后一行缴费记录的金额推算。</source>
        <translation>This month&apos;s wage; later years grow by the “Own wage growth” assumption (see the year table). When not specified, it is projected from the last contribution row.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="106"/>
        <source>修改未来缴费</source>
        <translation>Change future contributions</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="109"/>
        <source>住房公积金</source>
        <translation>Housing provident fund</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="111"/>
        <source>缴存住房公积金</source>
        <translation>Contribute to housing provident fund</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="113"/>
        <source>地区最低比例</source>
        <translation>The region&apos;s minimum rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="115"/>
        <source>单位比例与个人相同</source>
        <translation>Employer rate same as employee</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="119"/>
        <source>灵活就业人员通常没有住房公积金：估算中此项不适用</source>
        <translation>Flexible workers usually have no housing fund: it does not apply in this estimate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="125"/>
        <source>个人缴存比例</source>
        <translation>Employee contribution rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="127"/>
        <source>单位缴存比例</source>
        <translation>Employer contribution rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/assumptions_panel.py" line="140"/>
        <source>修改住房公积金</source>
        <translation>Change housing fund</translation>
    </message>
</context>
<context>
    <name>CheckedMonth</name>
    <message>
        <location filename="../../shebao_desktop/gui/month_field.py" line="88"/>
        <source>{0}应写成 1990-05 这样的年-月；此栏是空的</source>
        <translation>{0} must be written as a year-month like 1990-05; the field is empty</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/month_field.py" line="90"/>
        <source>{0}应写成 1990-05 这样的年-月（也可写 199005 或 1990年5月）；“{1}”读不出年月</source>
        <translation>{0} must be written as a year-month like 1990-05 (or 199005, 1990/5); &quot;{1}&quot; is not a year and month</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/month_field.py" line="94"/>
        <source>{0}应写成 1990-05 这样的年-月；{1} 不是月份</source>
        <translation>{0} must be written as a year-month like 1990-05; {1} is not a month</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/month_field.py" line="95"/>
        <source>{0}应在 {1} 至 {2} 之间；“{3}”不在其中</source>
        <translation>{0} must be between {1} and {2}; &quot;{3}&quot; is not</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/month_field.py" line="100"/>
        <source>{0}。计算仍用 {1}；改正后按回车，离开此栏则恢复为 {1}</source>
        <translation>{0}. The estimate still uses {1}; correct it and press Enter (leaving the field puts {1} back)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/month_field.py" line="105"/>
        <source>{0}。已恢复为 {1}</source>
        <translation>{0}. Put back to {1}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="78"/>
        <source>自选月份 {0}</source>
        <extracomment>the own months of the user, per session: kept when the window is rebuilt for another language, dropped when another profile is opened</extracomment>
        <translation>Custom month {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="80"/>
        <source>在弹性退休范围内另选一个月份加入比较</source>
        <translation>Add another month within the elective window to the comparison</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="142"/>
        <source>还不能比较：请先补全输入，使主结果能够计算。</source>
        <translation>Nothing to compare yet: complete the inputs so that the main result can be calculated.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="156"/>
        <source>正在计算…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="170"/>
        <source>无法比较：{0}</source>
        <translation>Cannot compare: {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="171"/>
        <source>计算失败</source>
        <translation>the calculation failed</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="211"/>
        <source>法定</source>
        <translation>Statutory</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="215"/>
        <source>最早</source>
        <translation>Earliest</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="217"/>
        <source>最晚</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="219"/>
        <source>自选</source>
        <translation>Own choice</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="222"/>
        <source>{0}
{1}（{2}）</source>
        <translation>{0}
{1} ({2})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="227"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="98"/>
        <source>金额单位：元。回本年龄：领取的养老金累计超过个人缴纳的养老保险费的年龄（另一行含单位缴费）；可继承余额：个人账户扣除已按月计发部分后的余额。金额为名义值，“今日”行按今日购买力折算：过去的金额（缴费，以及退休月已过去时的养老金）按通胀折到今天（所以可能高于名义金额），今后的折回今天。最低缴费年限：提前退休按所选退休年份的标准，推迟退休按法定退休年份的标准（人社部发〔2024〕94号）。以上均为估算，假设见“假设与公积金”。</source>
        <translation>Amounts in yuan. Break-even age: the age at which the pension received passes the pension contributions you paid yourself (the next row includes the employer&apos;s). Left to heirs: the personal account after the account pension paid out of it. Amounts are nominal; the &quot;today&quot; rows are in today&apos;s money: past amounts (contributions, and the pension of a retirement month already past) brought forward to today by inflation (so they can exceed the nominal sum), later ones brought back to today. Minimum years: early retirement needs the minimum of the year chosen, late retirement that of the statutory year (MOHRSS [2024] No. 94). All figures are estimates; see &quot;Assumptions and housing fund&quot; for the assumptions.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="151"/>
        <source>已于 {0} 退休：退休时间已经确定，这里不再比较各个退休月份。</source>
        <translation>Retired in {0}: the retirement month is settled, so retirement months are no longer compared here.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="179"/>
        <source>“不可领取”：在该月退休时缴费不满最低年限（差几个月见“满足最低年限”一行），补足之前不发养老金。</source>
        <extracomment>said over the table (and printed under it) when a month is short of the minimum years</extracomment>
        <translation>&quot;Not payable&quot;: retiring in that month, the contributions are short of the minimum years (the &quot;Minimum years met&quot; row says by how many months); no pension is paid until they are made up.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="182"/>
        <source>法定退休时间 {0} 已过，之后没有缴费记录：弹性延迟退休须在达到法定退休年龄前与单位书面约定（人社部发〔2024〕94号），所以不列更晚的月份。已过去的月份，只在你确实已于那个月退休时选择。</source>
        <translation>The statutory retirement month {0} has passed and no contribution is recorded since: an elective delay must be agreed in writing with the employer before the statutory age (人社部发〔2024〕94号), so no later month is listed. Choose a past month only if you did retire in that month.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="213"/>
        <source>最早（今后）</source>
        <translation>Earliest (from now)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="221"/>
        <source>已过去</source>
        <translation>past</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="230"/>
        <source>不可领取</source>
        <translation>not payable</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="238"/>
        <source>月养老金（退休时）</source>
        <translation>Monthly pension (at retirement)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="239"/>
        <source>月养老金（今日购买力）</source>
        <translation>Monthly pension (today&apos;s money)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="240"/>
        <source>&#x3000;基础养老金</source>
        <translation>  Basic pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="241"/>
        <source>&#x3000;个人账户养老金</source>
        <translation>  Account pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="242"/>
        <source>&#x3000;过渡性养老金</source>
        <translation>  Transitional pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="243"/>
        <source>&#x3000;地方加发</source>
        <translation>  Regional add-ons</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="244"/>
        <source>替代率</source>
        <translation>Replacement rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="245"/>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="261"/>
        <source>缴费年限</source>
        <translation>Contribution years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="245"/>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="246"/>
        <source>{0} 年</source>
        <translation>{0} years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="246"/>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="261"/>
        <source>最低缴费年限</source>
        <translation>Minimum years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="247"/>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="261"/>
        <source>满足最低年限</source>
        <translation>Minimum years met</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="248"/>
        <source>缴到 {0} 满足</source>
        <translation>By {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="249"/>
        <source>否，差 {0}</source>
        <translation>No, {0} short</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="250"/>
        <source>个人缴纳养老保险费合计</source>
        <translation>Pension contributions you paid</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="251"/>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="253"/>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="255"/>
        <source>&#x3000;今日购买力</source>
        <translation>  in today&apos;s money</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="252"/>
        <source>领取至80岁合计</source>
        <translation>Received up to age 80</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="254"/>
        <source>领取至85岁合计</source>
        <translation>Received up to age 85</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="256"/>
        <source>回本年龄（个人缴费）</source>
        <translation>Break-even age (your contributions)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="257"/>
        <source>回本年龄（个人＋单位缴费）</source>
        <translation>Break-even age (yours + employer&apos;s)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="258"/>
        <source>75岁时可继承余额</source>
        <translation>Left to heirs at 75</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="259"/>
        <source>80岁时可继承余额</source>
        <translation>Left to heirs at 80</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="278"/>
        <source>退休时间比较</source>
        <translation>Retirement months compared</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="284"/>
        <source>不回本</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="284"/>
        <source>{0} 岁</source>
        <translation>age {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="302"/>
        <source>当前计划</source>
        <translation>Current plan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="302"/>
        <source>选这个</source>
        <translation>Choose this</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="304"/>
        <source>把计划退休时间设为 {0}（可撤销）</source>
        <translation>Make {0} the planned retirement month (can be undone)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/compare_view.py" line="327"/>
        <source>选择退休时间 {0}</source>
        <translation>Choose retirement month {0}</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="43"/>
        <source>导入缴费记录（CSV/XLSX）…</source>
        <extracomment>what an import opens: also Excel&apos;s &quot;Unicode Text&quot; (.txt, UTF-16) and tab-separated text a history import started reading in the background (the ``BackgroundRun``: its dialog)</extracomment>
        <translation>Import contribution history (CSV/XLSX)…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="44"/>
        <source>导出缴费记录模板…</source>
        <translation>Export history template…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="45"/>
        <source>导出逐年结果（CSV/XLSX）…</source>
        <translation>Export year-by-year results (CSV/XLSX)…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="47"/>
        <source>导出档案…</source>
        <translation>Export profile…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="48"/>
        <source>导入档案…</source>
        <translation>Import profile…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="49"/>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="68"/>
        <source>操作未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="77"/>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="116"/>
        <source>导入缴费记录</source>
        <translation>Import contribution history</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="87"/>
        <source>正在读取 {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="102"/>
        <source>未命名</source>
        <translation>Unnamed</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="117"/>
        <source>导入缴费记录并把参保地改为 {0}</source>
        <translation>Import the contribution history and change the region to {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="121"/>
        <source>有误的 {0} 行放在表格末尾并标红，改正后计入。</source>
        <translation> The {0} wrong rows stand at the table&apos;s end, marked red: they count once corrected.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="130"/>
        <source>已从 {0} 导入 {1} 行缴费记录。</source>
        <translation>Imported {1} rows of contribution history from {0}. </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="132"/>
        <source>档案的参保地已由{0}改为{1}（撤销可一并恢复）。</source>
        <translation>The profile&apos;s region was changed from {0} to {1} (Undo restores both).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="135"/>
        <source>档案的参保地仍为{0}（文件为{1}）：以后的月份和养老金按{0}计算。</source>
        <translation>The profile&apos;s region is still {0} (the file&apos;s is {1}): future months and the pension are computed for {0}.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="147"/>
        <source>导出缴费记录模板</source>
        <translation>Export history template</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="160"/>
        <source>导出逐年结果</source>
        <translation>Export year-by-year results</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="175"/>
        <source>导出档案</source>
        <translation>Export profile</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="187"/>
        <source>导入档案</source>
        <translation>Import profile</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="217"/>
        <source>选择要恢复的“{0}”的保存版本（该档案不在列表中；损坏或删除的文件保持不动）：</source>
        <translation>Choose the saved version of “{0}” to restore (this profile is not in the list; a damaged or deleted file is left as it is):</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="234"/>
        <source>已损坏，原文件已另存</source>
        <translation>damaged, its file set aside</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="235"/>
        <source>已删除</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="236"/>
        <source>文件不在数据文件夹中</source>
        <translation>file not in the data folder</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="239"/>
        <source>{0}（当前档案）</source>
        <translation>{0} (open now)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="242"/>
        <source>{0}（{1}；{2}）</source>
        <translation>{0} ({1}; {2})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="245"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="246"/>
        <source>恢复哪个档案的备份？</source>
        <translation>Restore a backup of which profile?</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="258"/>
        <source>档案已损坏</source>
        <translation>Damaged profile</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="260"/>
        <source>要恢复最近一份完好的备份（保存于 {0}）吗？损坏的文件仍留在数据文件夹中。以后也可以用“数据 → 从备份恢复…”恢复。</source>
        <translation>Restore the newest good backup (saved on {0})? The damaged file stays in the data folder. You can also restore it later with Data → Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="264"/>
        <source>恢复备份</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="265"/>
        <source>暂不恢复</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="279"/>
        <source>未能保存</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/data_actions.py" line="280"/>
        <source>另存到其他位置…</source>
        <translation>Save elsewhere…</translation>
    </message>
</context>
<context>
    <name>ExportNote</name>
    <message>
        <location filename="../../shebao_desktop/gui/export_note.py" line="47"/>
        <source>✓ 已导出 {0}：{1} · {2} · {3}</source>
        <translation>✓ Exported {0}: {1} · {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/export_note.py" line="48"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/export_note.py" line="48"/>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>FlexibleView</name>
    <message>
        <location filename="../../shebao_desktop/gui/flexible_view.py" line="44"/>
        <source>如果从下个月起按灵活就业人员缴费、直到计划退休：各缴费档次（当地平均缴费基数的百分比）每月要交多少、到退休共交多少、养老金多多少、多交的钱几年领回。</source>
        <translation>If you paid as a flexible worker from next month until the planned retirement: at each level (a percentage of the regional average base), what you pay a month, what you pay in all, how much more pension you get, and in how many years the extra cost comes back.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/flexible_view.py" line="56"/>
        <source>金额单位：元。缴费只含养老保险（灵活就业人员全部自付）；医疗保险另行缴纳，不增加养老金。“多交部分几年领回”＝比60%档多交的钱 ÷ 每年多领的养老金；各档相同或相近，因为多交的钱和多领的养老金都与档次高出 60% 的部分成正比。以上均为估算。</source>
        <translation>Amounts in yuan. Costs are the pension insurance only (a flexible worker pays all of it); the medical insurance is paid separately and adds no pension. &quot;Years to recover&quot; = extra cost over the 60% level ÷ extra pension a year; the same or nearly so at every level, as both grow in proportion to the level above 60%. All figures are estimates.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/flexible_view.py" line="80"/>
        <source>还不能比较：请先补全输入，使主结果能够计算。</source>
        <translation>Nothing to compare yet: complete the inputs so that the main result can be calculated.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/flexible_view.py" line="83"/>
        <source>正在计算…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/flexible_view.py" line="96"/>
        <source>每月养老保险费（现在）</source>
        <translation>Cost a month
(now)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/flexible_view.py" line="97"/>
        <source>到退休共交</source>
        <translation>Paid until
retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/flexible_view.py" line="98"/>
        <source>月养老金（退休时）</source>
        <translation>Pension at
retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/flexible_view.py" line="99"/>
        <source>月养老金（今日购买力）</source>
        <translation>Pension in
today&apos;s money</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/flexible_view.py" line="100"/>
        <source>比60%档每月多领</source>
        <translation>Gain a month
over 60%</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/flexible_view.py" line="101"/>
        <source>多交部分几年领回</source>
        <translation>Years to
recover</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/flexible_view.py" line="101"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/flexible_view.py" line="103"/>
        <source>医疗保险（另交，每月）</source>
        <translation>Medical,
a month
(paid apart)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/flexible_view.py" line="108"/>
        <source>无法计算：{0}</source>
        <translation>Cannot calculate: {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/flexible_view.py" line="109"/>
        <source>计算失败</source>
        <translation>the calculation failed</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/flexible_view.py" line="140"/>
        <source>计划退休时间（{0}）已过：今后没有要交的养老保险费，也就没有缴费档次可选。如打算推迟退休，请先在“个人信息”里选一个今后的退休时间。</source>
        <translation>The planned retirement month ({0}) has passed: there are no future contributions to pay, so there is no contribution level to choose. If you mean to retire later, first choose a retirement month ahead on the &quot;Personal details&quot; page.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/flexible_view.py" line="143"/>
        <source>计划退休时间（{0}）就在下个月：退休前已没有要交的养老保险费，也就没有缴费档次可选。</source>
        <translation>The planned retirement month ({0}) is next month: no contributions are left to pay before it, so there is no contribution level to choose.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/flexible_view.py" line="152"/>
        <source>灵活就业缴费档次比较</source>
        <translation>Flexible-employment levels compared</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="95"/>
        <source>术语表</source>
        <translation>Glossary</translation>
    </message>
</context>
<context>
    <name>GoalBox</name>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="91"/>
        <source>目标：计划退休时每月（今日购买力）</source>
        <extracomment>per session: the goal, the estimate the line under it speaks of and what the line said (a kind and its subject, said again in the new language): kept when the window is rebuilt for another language, so a switch is not taken for an edit (trial: &quot;输入已改&quot; after a switch); dropped when another profile is opened the window&apos;s QSettings: the last goal typed and the profile (its id) it was typed for, so a restart on the same profile keeps it (trial: 9000 went back to 8000)</extracomment>
        <translation>Goal: monthly pension at the planned retirement (today&apos;s money)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="99"/>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="104"/>
        <source>要怎样才能达到？</source>
        <translation>What would it take?</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="155"/>
        <source>目前计划约 {0} 元/月（今日购买力）；目标先填为其向上取整到千元，可改后按“要怎样才能达到？”。</source>
        <translation>The present plan gives about {0} yuan a month (today&apos;s money); the target starts at that figure rounded up to the thousand. Change it and press &quot;What would it take?&quot;.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="158"/>
        <source>目前计划约 {0} 元/月（今日购买力）；目标为上次所填，按“要怎样才能达到？”计算。</source>
        <translation>The present plan gives about {0} yuan a month (today&apos;s money); the target is the one you set last time. Press &quot;What would it take?&quot; to compute it.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="161"/>
        <source>目前计划约 {0} 元/月（今日购买力）；输入已改，按“要怎样才能达到？”重新计算。</source>
        <translation>The present plan gives about {0} yuan a month (today&apos;s money). The inputs changed: press &quot;What would it take?&quot; to compute again.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="170"/>
        <source>请填写想要的每月养老金（今日购买力）。</source>
        <translation>Enter the monthly pension you want (today&apos;s money).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="166"/>
        <source>正在计算…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="151"/>
        <source>目前计划不能按月领取：缴费年限差 {0}（按现有年限算约 {1} 元/月，今日购买力）；可填目标后按“要怎样才能达到？”。</source>
        <translation>The current plan pays no monthly pension: {0} short of the minimum years (on the years as they are about {1} yuan a month in today&apos;s money); set a goal and press “What would it take?”.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="168"/>
        <source>无法计算目标：请检查输入。</source>
        <translation>The goal cannot be calculated: please check the inputs.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="228"/>
        <source>缴费年限不足：{0} 退休时差 {1}才满最低 {2} 年，不能按月领取。</source>
        <translation>Short of the minimum years: retiring {0}, {1} short of the minimum {2} years, so no monthly pension is payable.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="231"/>
        <source>按规定补缴这些月份约需 {0} – {1} 元（按 {3} 的最低、最高缴费基数，当时的名义金额，灵活就业费率；※ 估算，各地办法和利息不计），补缴后约 {2} 元/月。</source>
        <translation>Paying them in as the rules allow costs about {0} – {1} yuan (at the lowest and highest base of {3}, in the money of then, at the flexible-worker rate; ※ estimated, regional rules and interest not included), for about {2} yuan a month.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="236"/>
        <source>若推迟退休、从 {0} 起继续缴费，到 {1} 满最低年限。</source>
        <translation>Retiring later and contributing on from {0}, the minimum is reached in {1}.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="238"/>
        <source>若推迟退休、从 {0} 起继续缴费，到最晚弹性退休月份也缴不满最低年限。</source>
        <translation>Retiring later and contributing on from {0}, the minimum is not reached even by the latest elective month.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="242"/>
        <source>若提前到 {0} 退休（该年最低 {1} 年），现有年限已够，可按月领取约 {2} 元。</source>
        <translation>Retiring early in {0} (minimum {1} years that year), the years paid already suffice: about {2} yuan a month.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="247"/>
        <source>若从本月起恢复缴费，{0} 缴满，可按计划于 {1} 退休。</source>
        <translation>Resuming contributions this month, the years are made up by {0}, and retirement in {1} goes ahead as planned.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="354"/>
        <source>目前计划不能按月领取（缴费年限差 {0}），目标 {1} 元。</source>
        <translation>The current plan pays no monthly pension ({0} short of the minimum years); goal {1} yuan.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="357"/>
        <source>目前计划：约 {0} 元/月（今日购买力），目标 {1} 元。</source>
        <translation>Current plan: about {0} yuan a month (today&apos;s money); goal {1} yuan.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="360"/>
        <source>工资和缴费指数的答案按今后恢复缴费计算（目前的假设是不再缴费）。</source>
        <translation>The wage and index answers assume contributions resume (the plan now assumes none).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="364"/>
        <source>：不必提高档次或推迟退休</source>
        <translation>: no need to raise the level or retire later</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="365"/>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="366"/>
        <source>：不必提高缴费或推迟退休。</source>
        <translation>: no need to pay more or retire later.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="371"/>
        <source>※ 估算，假设见“假设与公积金”；缴费档次在 60%–300% 之间（国办发〔2019〕13号），弹性退休最多推迟 3 年（人社部发〔2024〕94号）。</source>
        <translation>※ Estimates; see &quot;Assumptions and housing fund&quot; for the assumptions. The level lies between 60% and 300% (国办发〔2019〕13号); elective retirement is at most 3 years later (人社部发〔2024〕94号).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="389"/>
        <source>今后平均缴费指数</source>
        <translation>Average index from now on</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="384"/>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="390"/>
        <source>或推迟到</source>
        <translation>or retire later, in</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="391"/>
        <source>或今后月工资</source>
        <translation>or a monthly wage from now on of</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="391"/>
        <source>{0} 元</source>
        <translation>{0} yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/goal_view.py" line="373"/>
        <source>※ 估算，假设见“假设与公积金”；缴费指数在 60%–300% 之间（国办发〔2019〕13号），弹性退休最多推迟 3 年（人社部发〔2024〕94号）。</source>
        <translation>※ Estimates; see &quot;Assumptions and housing fund&quot; for the assumptions. The index lies between 60% and 300% (国办发〔2019〕13号); elective retirement is at most 3 years later (人社部发〔2024〕94号).</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="109"/>
        <source>添加行</source>
        <extracomment>rows the table shows at the least (new-user trial: 2-6 rows at 1440×900 under an open 快速估算): when the column is lower, its page scrolls (the tab&apos;s scroll area) -- the table stays on top, the statement box under it is scrolled to -- instead of the table being squeezed</extracomment>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="110"/>
        <source>插入行</source>
        <translation>Insert row</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="111"/>
        <source>删除行</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="112"/>
        <source>粘贴</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="113"/>
        <source>按增长率填充未来…</source>
        <translation>Fill future by growth…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="114"/>
        <source>从电子表格复制多行后粘贴（在表格中也可按 Ctrl+V）。可带表头（如 年份、月份、月工资、缴费月数）；没有表头时按“期间、金额、地区、月数”的顺序，“年份、月份、金额”和“期间、金额、月数”按内容认出。金额可写 6,500、7,600.50、1.2万；有误的单元格标红，该行改正前不计入计算</source>
        <translation>Paste rows copied from a spreadsheet (Ctrl+V in the table works too). A header line may name the columns (e.g. Year, Month, Wage, Months paid); without one the order is period, amount, region, months, and the layouts year, month, amount and period, amount, months are recognised from the values. Amounts may be written 6,500, 7,600.50 or 1.2万; wrong cells are marked red and their row is left out until corrected</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="217"/>
        <source>{0} 的工资为空：按未缴费月份处理（断缴，不加入表格）；如果这些月份其实缴了费，请补上工资。</source>
        <extracomment>(statement, region) the statement fields show: refreshed when either changes</extracomment>
        <translation>{0}: the wage is blank, taken as months not paid (a gap, no row added); if they were paid, add the wage.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="218"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="264"/>
        <source>没有可以延续的整年记录：按增长率填充要从最后一个整年（如 2024）的工资往后推。请先在表格中填写至少一个整年的工资，或用“编辑 → 快速填写过去的记录…”生成过去各年。</source>
        <translation>No whole-year row to continue from: filling by growth rate carries the wage of the last whole year (such as 2024) forward. Enter at least one whole year&apos;s wage in the table first, or generate the past years with “Edit → Fill past records quickly…”.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="267"/>
        <source>填充未来年份</source>
        <translation>Fill future years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="268"/>
        <source>每年工资增长率（%）</source>
        <translation>Annual wage growth (%)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="276"/>
        <source>已添加 {0} 年</source>
        <translation>Added {0} years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="278"/>
        <source>没有添加：记录已经到 {0} 年（退休前一年），无需填充。</source>
        <translation>Nothing added: the rows already reach {0} (the year before retirement).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="283"/>
        <source>个人权益记录单（对账单）数据</source>
        <translation>Social insurance statement data</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="285"/>
        <source>使用对账单数据（该日期及以前的记录以对账单为准）</source>
        <translation>Use statement data (records up to and including that date follow the statement)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="286"/>
        <source>截至月份</source>
        <translation>The statement month</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="287"/>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="302"/>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="303"/>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="313"/>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="291"/>
        <source>对账单上的个人账户累计储存额（截至所填月份）。本程序把它作为该月的余额：当年利息只从该月算到年末。对账单的余额通常含上年末余额，其当年前几个月的利息因此未计，估算略偏低。</source>
        <translation>The account balance on the statement (as of the month entered). It is taken as the balance of that month: the year&apos;s interest runs from that month to December only. A statement&apos;s balance usually includes last year&apos;s closing balance, whose interest for the earlier months of this year is then not counted: the estimate is slightly low.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="293"/>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="298"/>
        <source>平均缴费指数：各年缴费基数 ÷ 当年社平工资的平均值；1.0000 即按社平工资缴费</source>
        <translation>Average contribution index: the mean of each year&apos;s contribution base ÷ that year&apos;s average wage; 1.0000 means paying on the average wage</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="301"/>
        <source>未填（按缴费记录推算）</source>
        <translation>Blank (from the history)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="305"/>
        <source>截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="306"/>
        <source>养老保险个人账户余额</source>
        <translation>Pension personal account balance</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="307"/>
        <source>实际缴费年限（不含视同）</source>
        <translation>Actual contribution years (excl. deemed)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="308"/>
        <source>平均缴费指数（实际缴费年限）</source>
        <translation>Average index (years actually paid)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="309"/>
        <source>医保个人账户余额</source>
        <translation>Medical account balance</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="310"/>
        <source>住房公积金余额</source>
        <translation>Housing provident fund balance</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="313"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="315"/>
        <source>虚账实记余额：核定表或对账单上 1993–1997 年的虚账部分；按本地区计发月数折算后计入过渡性养老金</source>
        <translation>Notional account balance (虚账实记): the notional 1993–1997 part printed on the approval form or statement; divided by the region&apos;s number of months, it is paid within the transitional pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="317"/>
        <source>虚账实记余额</source>
        <translation>Notional account balance</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_panel.py" line="342"/>
        <source>修改对账单数据</source>
        <translation>Change statement data</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shebao_desktop/gui/main_window.py" line="160"/>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="79"/>
        <source>个人信息</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/main_window.py" line="161"/>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="79"/>
        <source>缴费记录</source>
        <translation>Contribution history</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/main_window.py" line="162"/>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="79"/>
        <source>假设与公积金</source>
        <translation>Assumptions and housing fund</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/main_window.py" line="144"/>
        <source>就绪：修改任何输入，结果即时更新</source>
        <translation>Ready: change any input and the results update instantly</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="38"/>
        <source>已保存（{0}）</source>
        <translation>Saved ({0})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="44"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="45"/>
        <source>新建档案</source>
        <translation>New profile</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="46"/>
        <source>立即保存</source>
        <translation>Save now</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="47"/>
        <source>复制档案</source>
        <translation>Duplicate profile</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="48"/>
        <source>重命名档案…</source>
        <translation>Rename profile…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="53"/>
        <source>删除档案…</source>
        <translation>Delete profile…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="55"/>
        <source>导出PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="56"/>
        <source>导出一页摘要…</source>
        <translation>Export one-page summary…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="57"/>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="58"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="60"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="61"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="62"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="64"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="72"/>
        <source>粘贴缴费记录</source>
        <translation>Paste contribution records</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="73"/>
        <source>快速填写过去的记录…</source>
        <translation>Fill past records quickly…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="74"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="75"/>
        <source>按今日购买力显示</source>
        <translation>Show in today&apos;s money</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="82"/>
        <source>语言(&amp;L) / Language</source>
        <translation>&amp;Language / 语言</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="89"/>
        <source>数据(&amp;D)</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="90"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="91"/>
        <source>术语表</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="92"/>
        <source>入门导览</source>
        <translation>Getting-started tour</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/main_window.py" line="366"/>
        <location filename="../../shebao_desktop/gui/window_menus.py" line="93"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/main_window.py" line="236"/>
        <location filename="../../shebao_desktop/gui/main_window.py" line="246"/>
        <location filename="../../shebao_desktop/gui/main_window.py" line="262"/>
        <source>未命名</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/main_window.py" line="236"/>
        <source>{0}（副本）</source>
        <translation>{0} (copy)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/main_window.py" line="264"/>
        <source>{0}（只读）</source>
        <translation>{0} (read-only)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/main_window.py" line="60"/>
        <location filename="../../shebao_desktop/gui/main_window.py" line="265"/>
        <source>社保养老金估算 {0} — {1}</source>
        <extracomment>run once, right after the first figure (kept or computed) is painted</extracomment>
        <translation>Social Security Pension Estimator {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/startup.py" line="75"/>
        <source>正在载入…</source>
        <extracomment>Qt enum values set by property name by what the window shows before its content: one enum of the ``Qt`` namespace used by name makes PySide6 build all ~94 of them at once (~70 ms, a quarter of a bare window&apos;s start); tests/gui/test_startup_frame.py checks the values the menus of the finished window, by title (``MainWindow._build_menus`` fills them) the loading panes&apos; lines: the text colour, faint. The painter&apos;s own pen (the widget&apos;s text colour) is used: a QPen or a colour given to the painter makes PySide6 build every enum of the ``Qt`` namespace (see TEXT_SELECTABLE_BY_MOUSE)</extracomment>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/main_window.py" line="290"/>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/main_window.py" line="291"/>
        <source>还没有缴费信息：请先填写缴费记录或权益记录单。</source>
        <translation>No contributions yet: enter the contribution history or the statement figures first.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/main_window.py" line="292"/>
        <source>当前输入无法计算，请先修正标红的内容。</source>
        <translation>The current input cannot be calculated; please fix the fields marked red first.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/main_window.py" line="305"/>
        <source>导出PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/main_window.py" line="319"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/main_window.py" line="367"/>
        <source>社保养老金估算 {0}

离线估算基本养老保险个人账户与养老金、职工医保个人账户、住房公积金。所有政策参数均注明出处；估计值以 ※ 标记。
结果为估算，以社保经办机构核定为准。</source>
        <translation>Social Security Pension Estimator {0}

Offline estimates of the basic pension insurance personal account and pension, the employee medical account, and the housing provident fund. Every policy parameter cites its source; estimates are marked with ※.
Results are estimates; the social insurance agency&apos;s determination is final.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/app.py" line="181"/>
        <source>无法打开数据文件夹</source>
        <extracomment>``shebao-desktop --exit-after-first-result``: open the window, exit once the first estimate is painted (code 0; 1 if it could not be computed), print nothing. Benchmarks time it. with that flag only: a file to which the painted pension figure is written (tests) run once the content is built (the first estimate not computed yet): run_gui&apos;s hooks</extracomment>
        <translation>Cannot open the data folder</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/app.py" line="207"/>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/app.py" line="207"/>
        <source>程序遇到意外错误：{0}

您的数据仍在，已自动保存。</source>
        <translation>The program met an unexpected error: {0}

Your data is still here and has been saved.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/app.py" line="245"/>
        <source>部分档案无法读取</source>
        <translation>Some profiles could not be read</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="35"/>
        <source>例如：我自己</source>
        <translation>e.g. Myself</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="44"/>
        <source>填写参加工作时间</source>
        <translation>Enter work start date</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="46"/>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="47"/>
        <source>视同缴费年限：个人账户建立前的连续工龄（多见于1992-1998年以前参加工作的人）</source>
        <translation>Deemed contribution years: continuous service before personal accounts were set up (common for people who started work before 1992-1998)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="53"/>
        <source>弹性退休：满足最低缴费年限后可提前最多3年（不早于原法定年龄），或经单位同意推迟最多3年</source>
        <translation>Elective retirement: once the minimum contribution years are met, retire up to 3 years early (not before the original statutory age), or up to 3 years late with the employer&apos;s consent</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="54"/>
        <source>姓名/档案名</source>
        <translation>Name/profile name</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="36"/>
        <location filename="../../shebao_desktop/gui/person_form.py" line="55"/>
        <source>出生年月</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="45"/>
        <source>参加工作时间</source>
        <translation>Work start date</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="56"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="57"/>
        <source>身份类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="58"/>
        <source>参保地区</source>
        <translation>Insured region</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="60"/>
        <source>视同缴费年限</source>
        <translation>Deemed contribution years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="66"/>
        <source>法定退休</source>
        <translation>Statutory retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="67"/>
        <source>计划退休</source>
        <translation>Planned retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="108"/>
        <source>修改姓名</source>
        <extracomment>what the retirement window was built for, and how often it was (an edit of a wage must not rebuild the combo&apos;s ~70 months)</extracomment>
        <translation>Change name</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="120"/>
        <source>修改出生年月</source>
        <translation>Change date of birth</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="71"/>
        <source>修改性别</source>
        <translation>Change gender</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="73"/>
        <source>修改身份类别</source>
        <translation>Change category</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="75"/>
        <source>修改参保地区</source>
        <translation>Change insured region</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="78"/>
        <location filename="../../shebao_desktop/gui/person_form.py" line="133"/>
        <source>修改参加工作时间</source>
        <translation>Change work start date</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="80"/>
        <source>修改视同缴费年限</source>
        <translation>Change deemed contribution years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="83"/>
        <source>修改建账前缴费年限</source>
        <translation>Change years before the personal account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="86"/>
        <source>修改过渡性指数</source>
        <translation>Change transitional index</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="90"/>
        <source>修改个人身份</source>
        <translation>Change personal status</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="92"/>
        <source>修改在本地区工作年限</source>
        <translation>Change years worked in the region</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="137"/>
        <source>修改计划退休时间</source>
        <translation>Change planned retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="183"/>
        <source>按法定退休年龄（{0}，已过去）</source>
        <translation>At statutory retirement age ({0}, past)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="184"/>
        <source>按法定退休年龄（{0}）</source>
        <translation>At statutory retirement age ({0})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="192"/>
        <source>{0}（已过去）</source>
        <translation>{0} (past)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="193"/>
        <source>{0}（法定退休时间已过，不能再延迟）</source>
        <translation>{0} (the statutory month has passed: no later month can be chosen)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="198"/>
        <source>提前</source>
        <translation>early</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="198"/>
        <source>延迟</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="199"/>
        <source>提前，已过去</source>
        <translation>early, past</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="205"/>
        <source>{0}（{1}），延迟 {2} 个月</source>
        <translation>{0} ({1}), delayed {2} months</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/person_form.py" line="233"/>
        <source>最低缴费年限：{0} 年</source>
        <translation>Minimum contribution years: {0}</translation>
    </message>
</context>
<context>
    <name>ProfilesController</name>
    <message>
        <location filename="../../shebao_desktop/gui/profiles_controller.py" line="97"/>
        <source>该档案正在被另一个程序窗口使用，已以只读方式打开</source>
        <extracomment>damaged profiles found at start with a good backup: (Recoverable, message)</extracomment>
        <translation>This profile is in use by another program window; opened read-only</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/profiles_controller.py" line="123"/>
        <source>重命名档案</source>
        <translation>Rename profile</translation>
    </message>
</context>
<context>
    <name>ProfilesPanel</name>
    <message>
        <location filename="../../shebao_desktop/gui/profiles_panel.py" line="39"/>
        <source>档案列表</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/profiles_panel.py" line="46"/>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/profiles_panel.py" line="47"/>
        <source>复制</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/profiles_panel.py" line="48"/>
        <source>重命名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/profiles_panel.py" line="49"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/profiles_panel.py" line="70"/>
        <location filename="../../shebao_desktop/gui/profiles_panel.py" line="85"/>
        <source>（未命名）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/profiles_panel.py" line="106"/>
        <source>重命名档案</source>
        <translation>Rename profile</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/profiles_panel.py" line="106"/>
        <source>新名称：</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/profiles_panel.py" line="116"/>
        <source>删除档案</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/profiles_panel.py" line="117"/>
        <source>确定删除“{0}”吗？删除的档案会移到数据文件夹的回收站（trash）。</source>
        <translation>Delete &quot;{0}&quot;? Deleted profiles are moved to the recycle folder (trash) in the data folder.</translation>
    </message>
</context>
<context>
    <name>QuickHistoryDialog</name>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="74"/>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="150"/>
        <source>快速填写过去的记录</source>
        <translation>Fill past records quickly</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="76"/>
        <source>按一句话生成过去各年的记录（地区：{0}），到本月以前为止。生成的行可以在表格中逐行修改，也可以撤销。</source>
        <translation>Generate the past years&apos; rows from one sentence (region: {0}), up to last month. The rows can be edited one by one in the table, or undone.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="81"/>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="83"/>
        <source>起始年月</source>
        <translation>Start month</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="84"/>
        <source>按金额，每年增长</source>
        <translation>By amount, growing each year</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="85"/>
        <source>每年同一缴费指数</source>
        <translation>The same contribution index each year</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="92"/>
        <source> 元/月</source>
        <translation> yuan/month</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="96"/>
        <source>起始月工资</source>
        <translation>Monthly wage at the start</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="97"/>
        <source>每年增长</source>
        <translation>Growth a year</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="99"/>
        <source>缴费指数</source>
        <translation>Contribution index</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="137"/>
        <source>将生成 {0} 行：{1} 起 {2} 元 … {3} {4} 元；这些月份原有的行被替换。</source>
        <translation>{0} rows will be made: {1} at {2} yuan … {3} at {4} yuan; the rows already in those months are replaced.</translation>
    </message>
</context>
<context>
    <name>QuickRecord</name>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="175"/>
        <source>缴费记录中的 {0} 行（{1} 至 {2}）：{3} 及以前的月份不再按这些行计算，改按这四个数字（这些行仍留在表格中）。</source>
        <translation>{0} rows of the contribution history ({1} to {2}): their months up to {3} are no longer counted from the rows but from these four numbers (the rows stay in the table).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="179"/>
        <source>现有对账单数据（截至 {0}：实际缴费 {1} 年，平均缴费指数 {2}，个人账户余额 {3} 元）被替换。</source>
        <translation>The present statement figures (as of {0}: {1} years paid, average contribution index {2}, account balance {3} yuan) are replaced.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="182"/>
        <source>写入的对账单数据：截至 {0}，实际缴费 {1} 年，平均缴费指数 {2}，个人账户余额 {3} 元。</source>
        <translation>Statement figures written: as of {0}, {1} years paid, average contribution index {2}, account balance {3} yuan.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="188"/>
        <source>今后月工资改为 {0} 元（原由记录推算）。</source>
        <translation>The monthly wage from now on becomes {0} yuan (it was projected from the records).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="190"/>
        <source>今后月工资改为 {0} 元（原为 {1} 元）。</source>
        <translation>The monthly wage from now on becomes {0} yuan (it was {1} yuan).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="193"/>
        <source>视同缴费年限改为 {0} 年（原为 {1} 年）。</source>
        <translation>Deemed contribution years become {0} (they were {1}).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="196"/>
        <source>添加一行“{0} 年，0 个月”：{0} 年到上个月没有缴费记录，仍按未缴费计算（与现在的完整计算相同）。</source>
        <translation>Add a row “{0}, 0 months”: {0} up to last month has no records and stays counted as unpaid (as the full calculation has it now).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="198"/>
        <source>写入后可以撤销（“撤销写入”按钮或 编辑 → 撤销）。</source>
        <translation>The write can be undone (the “Undo the write” button, or Edit → Undo).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="199"/>
        <source>用这四个数字替换档案的记录？</source>
        <translation>Replace the profile’s records with these four numbers?</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="200"/>
        <source>档案已有缴费记录或对账单数据。用作完整记录会：</source>
        <translation>The profile already has contribution records or statement figures. Using these as the full record will:</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="203"/>
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/quick_history.py" line="204"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../shebao_desktop/gui/read_only.py" line="31"/>
        <location filename="../../shebao_desktop/gui/read_only.py" line="50"/>
        <source>另存为副本</source>
        <translation>Save as a copy</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/read_only.py" line="32"/>
        <source>把当前内容（含未保存的修改）另存为一个新档案，之后的修改保存到新档案</source>
        <translation>Save the current content (unsaved edits included) as a new profile; later edits are saved there</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/read_only.py" line="39"/>
        <source>只读：该档案正在被另一个程序窗口使用，这里的修改不会保存到它。要保留修改，请“另存为副本”。</source>
        <translation>Read-only: another program window is using this profile, so edits made here are not saved to it. To keep your edits, use “Save as a copy”.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/read_only.py" line="46"/>
        <source>未保存的修改</source>
        <translation>Unsaved edits</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/read_only.py" line="47"/>
        <source>“{0}”是只读打开的，您的修改还没有保存。要把修改另存为副本吗？</source>
        <translation>“{0}” is open read-only and your edits have not been saved. Save them as a copy?</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/read_only.py" line="51"/>
        <source>放弃修改</source>
        <translation>Discard edits</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="55"/>
        <source>每月养老金（退休时）</source>
        <extracomment>the words keep the results panel&apos;s translation context (where they were first) the regional minimum deposit rate the housing fund is assumed at, when the profile gives no rate of its own (None: a rate given, or no housing fund)</extracomment>
        <translation>Monthly pension (at retirement)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="56"/>
        <source>替代率</source>
        <translation>Replacement rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="57"/>
        <source>缴费年限</source>
        <translation>Contribution years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="58"/>
        <source>养老保险个人账户（退休时）</source>
        <translation>Pension personal account (at retirement)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="59"/>
        <source>医保个人账户（退休时，累计记入）</source>
        <translation>Medical account (at retirement, total credited)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="60"/>
        <source>住房公积金（退休时提取）</source>
        <translation>Housing fund (withdrawn at retirement)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/results_panel.py" line="67"/>
        <source>逐年明细</source>
        <extracomment>font, text -&gt; width, row texts -&gt; their widths</extracomment>
        <translation>Year by year</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/results_panel.py" line="79"/>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/results_panel.py" line="88"/>
        <source>失业、工伤、生育保险没有个人账户：缴费进入统筹基金，不会退还或继承。</source>
        <translation>Unemployment, work injury and maternity insurance have no personal account: contributions go to the pooled fund and are neither refunded nor inherited.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/results_panel.py" line="91"/>
        <source>※ 用到了估计的费率（尚未公布或按规则推算），见“计算过程”的参数列表。</source>
        <translation>※ figured with an estimated rate (not yet published, or projected by a rule); see the parameter list under Calculation.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/results_panel.py" line="97"/>
        <source>五险一金月缴费</source>
        <translation>Monthly contributions</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/results_panel.py" line="100"/>
        <source>计算过程</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/results_panel.py" line="139"/>
        <source>比较退休时间</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/results_panel.py" line="140"/>
        <source>灵活就业缴费档次</source>
        <translation>Flexible levels</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/results_panel.py" line="262"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/results_panel.py" line="273"/>
        <source>无法计算：{0}</source>
        <translation>Cannot calculate: {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/results_panel.py" line="275"/>
        <source>还缺少缴费信息：请在“缴费记录”中填写逐年工资或缴费基数，或在其下方的“个人权益记录单（对账单）数据”中填写对账单上的数字、用上方的“快速估算”（也可以在假设中指定未来月工资）。填写后这里显示估算结果。</source>
        <translation>Contributions still missing: enter yearly wages or contribution bases under “Contribution history”, or your statement&apos;s figures under “Social insurance statement data” below it, or use “Quick estimate” above (or set a future monthly wage in the assumptions). The estimate appears here once they are filled in.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/results_panel.py" line="290"/>
        <source>{0} 的月缴费（缴费基数 {1} 元）：个人 {2} 元，单位 {3} 元</source>
        <translation>Monthly contributions for {0} (contribution base {1} yuan): employee {2} yuan, employer {3} yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/results_panel.py" line="292"/>
        <source>{0} 的月缴费（社保缴费基数 {1} 元，住房公积金缴存基数 {4} 元）：个人 {2} 元，单位 {3} 元</source>
        <translation>Monthly contributions for {0} (social insurance base {1} yuan, housing fund base {4} yuan): employee {2} yuan, employer {3} yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/results_panel.py" line="295"/>
        <source>没有缴费月份</source>
        <translation>No contribution months</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="125"/>
        <source>不能按月领取</source>
        <translation>No monthly pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="128"/>
        <source>；按现有年限算约 {0} 元/月，补足后略高（见“比较退休时间”）</source>
        <translation>; on the years as they are about {0} yuan a month, a little more once paid up (see “Compare”)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="130"/>
        <source>按月领取基本养老金需累计缴费满最低年限；可继续缴费或按规定补缴</source>
        <translation>A monthly pension needs the minimum contribution years; keep paying or pay up as the rules allow</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="139"/>
        <source>不能按月领取时没有替代率</source>
        <translation>No replacement rate: no monthly pension is payable</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="141"/>
        <source>没有退休前的工资（只有权益记录单），算不出相对本人工资的替代率；相对计发基数 {0}</source>
        <translation>No wage before retirement is known (only the statement), so there is no rate against your own wage; against the pension base {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="147"/>
        <source>相对本人退休前工资</source>
        <translation>Relative to own pre-retirement wage</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="149"/>
        <source>{0}；相对计发基数 {1}</source>
        <translation>{0}; relative to pension base: {1}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="155"/>
        <source>已于 {0} 退休，{1}</source>
        <translation>Retired in {0}, age {1}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="159"/>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="164"/>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="172"/>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="188"/>
        <source>{0} 元</source>
        <translation>{0} yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="160"/>
        <source>未领完的余额可继承</source>
        <translation>What is not yet paid out can be inherited</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="163"/>
        <source>对账单未填余额：只含对账单日期以后记入的部分</source>
        <translation>Statement balance left blank: only what was credited after the statement date</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="169"/>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="169"/>
        <source>灵活就业人员通常没有住房公积金</source>
        <translation>Flexible workers usually have no housing fund</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="181"/>
        <source>基础 {0} + 个人账户 {1} + 过渡性 {2}</source>
        <translation>Basic {0} + account {1} + transitional {2}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="203"/>
        <source>已于 {0} 退休</source>
        <translation>Retired in {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="209"/>
        <source>；{0} 年每月 {1} 元</source>
        <translation>; {1} yuan a month in {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="217"/>
        <source>已缴 {0} 年 + 预计 {1} 年</source>
        <translation>{0} years paid + {1} projected</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="230"/>
        <source>缴到 {0} 满最低 {1} 年</source>
        <translation>{1}-year minimum met once paid to {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="231"/>
        <source>缴到退休才满最低 {0} 年</source>
        <translation>{0}-year minimum met only if paid to retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="294"/>
        <source>含地方加发 {0} 元</source>
        <translation>incl. regional add-ons {0} yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="375"/>
        <source>未填比例：按当地最低缴存比例 {0} 估算，可在“假设与公积金”中修改或关闭</source>
        <extracomment>the cap of the cards built last: a panel built again (a language switch) starts with it until its column is laid out; uncapped, the cards&apos; height (1,300 px in a narrow column) was the window&apos;s minimum for a moment, and Qt grew the window to it for good</extracomment>
        <translation>No rate given: estimated at the local minimum deposit rate {0}; change it or turn it off under “Assumptions and housing fund”</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="179"/>
        <source> + 地方加发 {0}</source>
        <translation> + regional add-ons {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="192"/>
        <source>计发基数 {0} 元{1}；平均缴费指数 {2}；计发月数 {3}</source>
        <translation>Pension base {0} yuan{1}; average contribution index {2}; divisor {3}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="193"/>
        <source>（估计）</source>
        <translation> (estimate)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="153"/>
        <source>{0} 年</source>
        <translation>{0} years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="228"/>
        <source>已满足最低 {0} 年</source>
        <translation>Minimum of {0} years met</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="156"/>
        <source>{0} 退休，{1}</source>
        <translation>Retiring {0}, age {1}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_cards.py" line="166"/>
        <source>未扣除就医支出（可在假设中填写）</source>
        <translation>Medical spending not deducted (can be entered under assumptions)</translation>
    </message>
</context>
<context>
    <name>SimpleMode</name>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="61"/>
        <source>快速估算：只用权益记录单上的四个数字</source>
        <translation>Quick estimate: just the four numbers on your statement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="70"/>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="72"/>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="75"/>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="84"/>
        <source>视同缴费年限：个人账户建立前按规定视同缴费的工龄（不在“实际缴费年限”内）；没有就填 0</source>
        <translation>Deemed contribution years: service counted as contributions before the personal account existed (not part of the years actually paid); 0 if none</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="86"/>
        <source>当前月缴费基数</source>
        <translation>Current monthly base</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="87"/>
        <source>实际缴费年限（不含视同）</source>
        <translation>Actual contribution years (excl. deemed)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="88"/>
        <source>平均缴费指数</source>
        <translation>Average index</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="89"/>
        <source>养老保险个人账户余额</source>
        <translation>Pension account balance</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="90"/>
        <source>视同缴费年限</source>
        <translation>Deemed contribution years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="105"/>
        <source>截至“记录单截至年月”的平均缴费指数；“计算过程”中的 Ī 是到退休时的，含今后预计缴费的月份。</source>
        <translation>The average contribution index as of “Statement as of”; the Ī in “Calculation” is the one at retirement, with the months projected to come.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="116"/>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="120"/>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="109"/>
        <source>记录单截至年月</source>
        <translation>Statement as of</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="117"/>
        <source>权益记录单上的截至年月：缴费年限、指数和余额是哪个月底的数字</source>
        <translation>The month on the statement: the end of which month its years, index and balance stand at</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="135"/>
        <source>估算</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="137"/>
        <source>用作完整记录 →</source>
        <translation>Use as the full record →</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="138"/>
        <source>把这四个数字填入“缴费记录”页的对账单数据，继续补充逐年记录；档案已有缴费记录或对账单时，先说明会替换什么并请你确认</source>
        <translation>Put these four numbers into the statement fields of the “Contribution history” tab and go on with the yearly rows; where the profile already has rows or a statement, you are first told what they would replace and asked</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="141"/>
        <source>撤销写入</source>
        <translation>Undo the write</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="142"/>
        <source>恢复写入前的档案</source>
        <translation>Put the profile back as it was before the write</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="121"/>
        <source>缴费年限、指数和余额按你填写的数字，截至 {0}。</source>
        <translation>Years, index and balance as you typed them, as of {0}.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="123"/>
        <source>缴费年限、指数和余额取自档案的对账单数据（截至 {0}）。</source>
        <translation>Years, index and balance from the profile’s statement (as of {0}).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="125"/>
        <source>缴费年限、指数和余额按档案的缴费记录算到 {0}，与右侧的完整计算同一来源。</source>
        <translation>Years, index and balance worked out from the profile’s records up to {0}, the same source as the full calculation on the right.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="293"/>
        <source>按“个人信息”页：{0}，{1}，{2} 出生（在那里修改）</source>
        <translation>From the &quot;Personal details&quot; page: {0}, {1}, born {2} (change them there)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="333"/>
        <source>。请核对后再按“估算”。</source>
        <translation>. Check it, then press “Estimate” again.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="338"/>
        <source>记录单截至年月应早于本月（{0}）：权益记录单只记到已过去的月份。</source>
        <translation>The statement month must be before this month ({0}): a statement records past months only.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="344"/>
        <source>请填写当前月缴费基数（权益记录单或工资条上的缴费工资）。</source>
        <translation>Enter the current monthly contribution base (the contribution wage on the statement or the payslip).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="352"/>
        <source>这些数字无法组成有效的输入，请检查。</source>
        <translation>These numbers do not make a valid input; please check them.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="357"/>
        <source>无法估算：请检查个人信息和这四个数字。</source>
        <translation>Cannot estimate: check the personal details and the four numbers.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_mode.py" line="380"/>
        <source>实际缴费年限 {0} 年加视同缴费年限 {1} 年，多于从 14 周岁（{2}）到记录单截至年月（{3}）的 {4} 年：请核对权益记录单上的缴费年限。</source>
        <translation>{0} years paid plus {1} deemed years are more than the {4} years from the 14th birthday ({2}) to the statement date ({3}): please check the years on the statement.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="19"/>
        <source>约 {0} 元/月（今日购买力约 {1} 元），{2} 退休，{3}，缴费 {4} 年</source>
        <translation>About {0} yuan a month (about {1} in today&apos;s money), retiring {2} at {3}, {4} contribution years (deemed years included)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="25"/>
        <source>缴费年限不足最低 {0} 年（差 {1}），不能按月领取；</source>
        <translation>Below the minimum {0} years ({1} short): no monthly pension; </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="31"/>
        <source>※ 估算：假设今后从当前基数起缴费到计划退休，基数每年按“本人工资增长”{0}增长；对账单日期以前以这四个数字为准。</source>
        <translation>※ Estimate: assumes you go on paying from the current base until the planned retirement, the base growing {0} a year (own wage growth); before the statement date these four numbers stand for your record.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="33"/>
        <source>※ 估算：假设今后按当前基数缴费到计划退休；对账单日期以前以这四个数字为准。</source>
        <translation>※ Estimate: assumes you go on paying at the current base until the planned retirement; before the statement date these four numbers stand for your record.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="35"/>
        <source>※ 估算：今后没有缴费（不计任何预计缴费月份）；对账单日期以前以这四个数字为准。</source>
        <translation>※ Estimate: no contributions from now on (no projected months counted); up to the statement date these four figures apply.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="36"/>
        <source>※ 这是试算，尚未应用：右侧结果仍按完整记录计算。点“用作完整记录”才把这些数字写入档案（可撤销）。</source>
        <translation>※ A trial only, not applied yet: the results on the right still use the full record. Click “Use as the full record” to write these numbers into the profile (can be undone).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="48"/>
        <source>与右侧按完整记录计算的结果相同。</source>
        <translation>The same as the full calculation from all the records, on the right.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="51"/>
        <source>与右侧按完整记录计算的结果只差 {0} 元：这里的当前基数是取整到分的本月基数，逐年增长时与完整计算的取整不同。</source>
        <translation>Differs from the full calculation on the right by only {0} yuan: the current base here is this month&apos;s base rounded to the fen, and grows with a different rounding.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="53"/>
        <source>⚠ 粗略估算，与右侧的完整计算不同：右侧按档案的全部记录为 {0} 元/月，缴费 {1} 年；这里只按上面这几个数字。</source>
        <translation>⚠ A rough estimate, not the full calculation on the right: from all the profile’s records that is {0} yuan a month with {1} years paid; this one uses only the few numbers above.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="65"/>
        <source>已于 {0} 退休：快速估算用于尚未退休的人。你的养老金见右侧的完整计算。</source>
        <translation>Retired in {0}: the quick estimate is for people not yet retired. Your pension is in the full calculation on the right.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="72"/>
        <source>当前月缴费基数是 {0} 的估算 ※：按 {1} 年的 {2} 元和工资增长假设推算。</source>
        <translation>The current monthly base is an estimate for {0} ※: the {1} wage of {2} yuan grown by the wage-growth assumption.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="81"/>
        <source>其中 {0} 至 {1}（{2} 个月）没有缴费记录，按“继续缴费”假设计入 ※。</source>
        <translation>Of these, {0} to {1} ({2} months) have no record and are counted as paid under continuing contributions ※.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="92"/>
        <source>{0} 至 {1} 的 {2} 个月缴费记录不在这四个数字里（右侧“缴费年限”已计入）；估算时这些月份按继续缴费计入。</source>
        <translation>The {2} months recorded from {0} to {1} are not in these four figures (the Contribution years card counts them); an estimate from them counts these months as continuing contributions.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="108"/>
        <source>缴费记录算到</source>
        <translation>Records counted to</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_words.py" line="134"/>
        <source>当前月缴费基数为 0：档案的假设中未勾选“继续缴费至退休”，今后按不再缴费计算；填一个基数可试算从本月起继续缴费。</source>
        <translation>Current monthly contribution base 0: “Keep contributing until retirement” is unticked in the profile&apos;s assumptions, so nothing is paid from now on; type a base to try contributing from this month.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_record.py" line="17"/>
        <source>已写入档案：对账单数据写入“缴费记录”页，当前月缴费基数写入假设中的“指定未来月工资”；右侧结果现在按这些数字计算（可撤销）。</source>
        <translation>Written into the profile: the statement figures on the “Contribution history” page, the current base as the assumptions&apos; “Future wage”; the results on the right now use these numbers (can be undone).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_record.py" line="85"/>
        <source>已撤销：档案恢复为写入前的记录。</source>
        <translation>Undone: the profile has its records from before the write again.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/simple_record.py" line="100"/>
        <source>快速估算：填入对账单数据</source>
        <translation>Quick estimate: fill the statement fields</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <location filename="../../shebao_desktop/gui/storage_text.py" line="30"/>
        <source>“{0}”的档案（{1}）内容无效，已另存为 {2}，其他档案不受影响。</source>
        <translation>The profile of “{0}” ({1}) is invalid; it was set aside as {2}. Other profiles are not affected.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/storage_text.py" line="32"/>
        <source>“{0}”的档案（{1}）无法读取，已另存为 {2}，其他档案不受影响。</source>
        <translation>The profile of “{0}” ({1}) could not be read; it was set aside as {2}. Other profiles are not affected.</translation>
    </message>
</context>
<context>
    <name>TourBar</name>
    <message>
        <location filename="../../shebao_desktop/gui/tour.py" line="46"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tour.py" line="47"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tour.py" line="48"/>
        <location filename="../../shebao_desktop/gui/tour.py" line="74"/>
        <source>知道了</source>
        <translation>Got it</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tour.py" line="60"/>
        <source>第 1 步，共 3 步：在中间填写个人信息和缴费记录（或权益记录单上的数字）；左侧可保存多个档案。</source>
        <translation>Step 1 of 3: enter your details and contributions (or your statement&apos;s figures) in the middle; keep several profiles on the left.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tour.py" line="62"/>
        <source>第 2 步，共 3 步：右侧结果随每次修改即时更新；“比较退休时间”和“灵活就业缴费档次”页并排比较不同选择。</source>
        <translation>Step 2 of 3: the results on the right follow every edit; the &quot;Compare&quot; and &quot;Flexible levels&quot; tabs put choices side by side.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tour.py" line="64"/>
        <source>第 3 步，共 3 步：按 F1 查看术语表（缴费指数、计发月数等及其出处）；“文件”菜单可导出 PDF。</source>
        <translation>Step 3 of 3: press F1 for the glossary (contribution index, payout months… with their sources); the File menu exports a PDF.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tour.py" line="74"/>
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../shebao_desktop/gui/charts.py" line="290"/>
        <source>，今日购买力</source>
        <translation>, in today&apos;s money</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/charts.py" line="70"/>
        <source>个人账户余额（年末，万元）</source>
        <translation>Account balances (year-end, 10,000 yuan)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/charts.py" line="74"/>
        <source>养老保险个人账户</source>
        <translation>Pension personal account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/charts.py" line="75"/>
        <source>医保个人账户</source>
        <translation>Medical account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/charts.py" line="76"/>
        <source>住房公积金</source>
        <translation>Housing provident fund</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/charts.py" line="98"/>
        <source>{0}至 {1} 年（估算期末）</source>
        <translation>{0}: to {1} (the estimate&apos;s last year)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/charts.py" line="99"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/charts.py" line="261"/>
        <source>不同退休时间的月养老金（元）</source>
        <extracomment>the size the balances chart is drawn at for print, in pixels (about 15 x 7.5 cm at 190 dpi) the printed chart&apos;s text size at ``PRINT_SIZE`` (it is printed at half that width) the last chart drawn for print and its (estimate, today&apos;s money, language) adds to the plot of the bars when set (fan_chart.PensionFan: the low–high band)</extracomment>
        <translation>Monthly pension by retirement date (yuan)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/charts.py" line="273"/>
        <source>月养老金</source>
        <translation>Monthly pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/charts.py" line="284"/>
        <source>；深色为计划退休时间</source>
        <translation>; the darker bar is the planned retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/charts.py" line="295"/>
        <source>还没有估算结果：请填写缴费记录或权益记录单</source>
        <translation>No estimate yet: fill in the contribution history or the statement</translation>
    </message>
</context>
<context>
    <name>decide_print</name>
    <message>
        <location filename="../../shebao_desktop/gui/decide_print.py" line="23"/>
        <source>未命名</source>
        <translation>Unnamed</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/decide_print.py" line="24"/>
        <source>{name}&#x3000;·&#x3000;估算基准月 {as_of}&#x3000;·&#x3000;打印日期 {date}&#x3000;·&#x3000;shebao-desktop {version}&#x3000;·&#x3000;金额单位：元</source>
        <translation>{name} · as of {as_of} · printed {date} · shebao-desktop {version} · amounts in yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/decide_print.py" line="37"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/decide_print.py" line="38"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/decide_print.py" line="47"/>
        <source>还没有可打印的结果：请等计算完成。</source>
        <translation>Nothing to print yet: wait until the computation has finished.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/decide_print.py" line="59"/>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/decide_print.py" line="72"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/decide_print.py" line="74"/>
        <source>已导出 {0}</source>
        <translation>Exported {0}</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="59"/>
        <source>工资</source>
        <translation>Wage</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="59"/>
        <source>基数</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="61"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="61"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="70"/>
        <source>其中 {0} 行会放在缴费记录表格末尾并标红，可在表格中改正后计入。</source>
        <translation>{0} of them will stand at the end of the contribution table, marked red, to be corrected there; then they count.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="73"/>
        <source>其他险种（医疗、失业、工伤、生育等）{0} 行：已忽略，不算错误。</source>
        <translation>{0} rows of other insurances (medical, unemployment, work injury, maternity…) were ignored; they are not errors.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="77"/>
        <source>工资（基数）为空的月份 {0} 行：按未缴费月份处理（断缴），不导入，不算错误；如果其实缴了费，请在文件中补上金额。</source>
        <translation>{0} rows give a month with a blank wage (base): taken as months not paid (a gap), not imported and not errors; if they were paid, add the amount in the file.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="85"/>
        <source>补差 {0} 行：假定补差行的缴费基数是差额，已加到同一月份的缴费基数上。</source>
        <translation>{0} adjustment (补差) rows: their base is taken as a difference and added to the base of the same month.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="93"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="93"/>
        <source>年末年龄</source>
        <translation>Age at year end</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="93"/>
        <source>阶段</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="94"/>
        <source>缴费月数</source>
        <translation>Months paid</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="94"/>
        <source>平均缴费基数</source>
        <translation>Average base</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="95"/>
        <source>缴费指数</source>
        <translation>Contribution index</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="95"/>
        <source>养老个人缴费</source>
        <translation>Pension (employee)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="96"/>
        <source>养老单位缴费</source>
        <translation>Pension (employer)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="96"/>
        <source>养老账户年初</source>
        <translation>Pension account (opening)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="97"/>
        <source>养老账户记入</source>
        <translation>Pension account credited</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="98"/>
        <source>养老账户利息</source>
        <translation>Pension account interest</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="98"/>
        <source>养老账户年末</source>
        <translation>Pension account (closing)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="99"/>
        <source>医保账户记入</source>
        <translation>Medical account credited</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="99"/>
        <source>医保账户年末</source>
        <translation>Medical account (closing)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="100"/>
        <source>公积金缴存</source>
        <translation>Housing fund deposits</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="100"/>
        <source>公积金提取</source>
        <translation>Housing fund withdrawals</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="101"/>
        <source>公积金年末</source>
        <translation>Housing fund (closing)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="101"/>
        <source>个人缴费合计</source>
        <translation>Employee total</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="102"/>
        <source>单位缴费合计</source>
        <translation>Employer total</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="102"/>
        <source>当年养老金</source>
        <translation>Pension paid</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="103"/>
        <source>通胀折算系数</source>
        <translation>Inflation deflator</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="103"/>
        <source>含估计值</source>
        <translation>Uses estimates</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="114"/>
        <source>文件参保地为{0}，档案参保地为{1}。</source>
        <translation>The file&apos;s region is {0}; the profile&apos;s region is {1}.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="116"/>
        <source>文件中的参保地有{0}，最近的月份为{1}；档案参保地为{2}。</source>
        <translation>The file&apos;s regions are {0}, the latest months {1}; the profile&apos;s region is {2}.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="124"/>
        <source>导入后档案的参保地改为{0}：以后的月份、退休规则和养老金的计发基数按{0}计算（撤销导入时一并恢复为{1}）。</source>
        <translation>After the import the profile&apos;s region becomes {0}: future months, the retirement rules and the pension base are those of {0} (undoing the import restores {1}).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="126"/>
        <source>档案参保地仍为{0}：以后的月份、退休规则和养老金的计发基数按{0}计算；导入的月份仍按文件中的参保地记录。</source>
        <translation>The profile&apos;s region stays {0}: future months, the retirement rules and the pension base are those of {0}; the imported months keep the file&apos;s region.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="142"/>
        <source>导入缴费记录到“{0}”：预览</source>
        <translation>Import contribution history into “{0}”: preview</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="143"/>
        <source>导入缴费记录：预览</source>
        <translation>Import contribution history: preview</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="67"/>
        <source>{0}：可导入 {1} 行，拒绝 {2} 行。导入的月份会替换已有记录中的同一月份。</source>
        <translation>{0}: {1} rows can be imported, {2} rejected. Imported months replace the same months in the existing history.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="157"/>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="171"/>
        <source>行号</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="157"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="158"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="93"/>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="159"/>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="81"/>
        <source>标为欠缴的 {0} 行（文件第 {1} 行）：这些月份没有实际缴费，按断缴处理，不导入；补缴到账后请重新导入。</source>
        <translation>{0} rows marked as owed (arrears; lines {1} of the file): these months were not paid, so they are taken as a gap and not imported; import the file again once the arrears are paid.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="83"/>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="117"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="157"/>
        <source>月数</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="158"/>
        <source>其中补差</source>
        <translation>Of it, adjustment</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="168"/>
        <source>拒绝的行：</source>
        <translation>Rejected rows:</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="171"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="172"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="189"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="199"/>
        <source>同时把档案的参保地改为 {0}</source>
        <translation>Also change the profile&apos;s region to {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="224"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="227"/>
        <source>选择要恢复的保存版本（当前内容会先另存为一个备份）：</source>
        <translation>Choose the saved version to restore (the current content is backed up first):</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="231"/>
        <source>{0}（{1} 字节）</source>
        <translation>{0} ({1} bytes)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/exchange_dialogs.py" line="239"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="28"/>
        <source>养老金计发基数</source>
        <translation>Pension base (计发基数)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="29"/>
        <source>社会平均工资（月）</source>
        <translation>Average social wage (monthly)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="30"/>
        <source>缴费基数上限</source>
        <translation>Contribution base ceiling</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="31"/>
        <source>缴费基数下限</source>
        <translation>Contribution base floor</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="32"/>
        <source>缴费基数上限比例</source>
        <translation>Contribution base ceiling ratio</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="33"/>
        <source>缴费基数下限比例</source>
        <translation>Contribution base floor ratio</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="34"/>
        <source>个人账户养老金计发月数</source>
        <translation>Account pension divisor (计发月数)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="35"/>
        <source>养老保险个人账户记账利率</source>
        <translation>Pension personal account credited interest rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="36"/>
        <source>个人账户当年缴费计息方法</source>
        <translation>Interest method for current-year contributions</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="37"/>
        <source>退休后账户余额继续计息</source>
        <translation>Balance keeps earning interest after retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="38"/>
        <source>养老保险个人缴费比例</source>
        <translation>Pension insurance employee rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="39"/>
        <source>养老保险单位缴费比例</source>
        <translation>Pension insurance employer rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="40"/>
        <source>养老保险个人账户记账比例</source>
        <translation>Share credited to pension personal account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="41"/>
        <source>灵活就业养老保险缴费比例</source>
        <translation>Flexible employment pension contribution rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="42"/>
        <source>灵活就业计入个人账户比例</source>
        <translation>Flexible employment share credited to personal account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="43"/>
        <source>最低累计缴费年限</source>
        <translation>Minimum cumulative contribution years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="44"/>
        <source>缴费年限计算方法</source>
        <translation>Contribution years counting method</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="45"/>
        <source>不满一年的月数折算</source>
        <translation>Conversion of months short of a full year</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="46"/>
        <source>视同缴费年限的缴费指数</source>
        <translation>Contribution index for deemed contribution years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="47"/>
        <source>过渡性养老金计发系数</source>
        <translation>Transitional pension coefficient</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="48"/>
        <source>过渡性养老金使用的指数</source>
        <translation>Index used for transitional pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="49"/>
        <source>基础养老金低指数调整的指数下限</source>
        <translation>Index below which the basic pension&apos;s base term is scaled down</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="50"/>
        <source>养老金舍入规则</source>
        <translation>Pension rounding rule</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="51"/>
        <source>未填过渡性指数时使用的指数</source>
        <translation>Index used when no transitional index is given</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="52"/>
        <source>过渡性养老金计算年限</source>
        <translation>Years counted in the transitional pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="53"/>
        <source>个人账户建立时间</source>
        <translation>Month personal accounts opened</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="54"/>
        <source>过渡性养老金实际缴费计发期间</source>
        <translation>Paid-years window of the transitional pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="55"/>
        <source>养老金合计舍入规则</source>
        <translation>Rounding of the pension total</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="56"/>
        <source>基本养老金年度调整幅度</source>
        <translation>Annual basic pension adjustment</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="58"/>
        <source>基础养老金舍入规则</source>
        <translation>Rounding of the basic pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="59"/>
        <source>个人账户养老金舍入规则</source>
        <translation>Rounding of the account pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="60"/>
        <source>过渡性养老金舍入规则</source>
        <translation>Rounding of the transitional pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="61"/>
        <source>指数化月平均缴费工资舍入规则</source>
        <translation>Rounding of the indexed average wage</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="62"/>
        <source>指数化月平均缴费工资使用的计发基数</source>
        <translation>Pension base used for the indexed average wage</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="63"/>
        <source>过渡性养老金使用的计发基数</source>
        <translation>Pension base used for the transitional pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="64"/>
        <source>计发月数按整岁查表</source>
        <translation>Payout months looked up by whole years of age</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="65"/>
        <source>缴费年限先折算为整月再相加</source>
        <translation>Contribution years turned into whole months before they are added</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="67"/>
        <source>过渡性养老金计发系数（按实际缴费年限）</source>
        <translation>Transitional pension coefficient (by years actually paid)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="69"/>
        <source>过渡性养老金计发系数（按本人身份）</source>
        <translation>Transitional pension coefficient (by personal status)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="70"/>
        <source>过渡性养老金新老办法逐年过渡比例</source>
        <translation>Transitional pension: yearly phase-in share from the old to the new method</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="72"/>
        <source>过渡性养老金逐年过渡期间的舍入规则</source>
        <translation>Transitional pension rounding while the new method is phased in</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="73"/>
        <source>虚账实记部分的计发月数</source>
        <translation>Payout months of the notional-account part</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="74"/>
        <source>提前退休的最低年龄</source>
        <translation>Lowest early-retirement ages</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="75"/>
        <source>逾期申领的最长月数</source>
        <translation>Longest late-claim period (months)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="76"/>
        <source>法定退休年龄规则（男职工）</source>
        <translation>Statutory retirement age rule (male employees)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="77"/>
        <source>法定退休年龄规则（女职工，原50岁）</source>
        <translation>Statutory retirement age rule (female employees, originally 50)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="78"/>
        <source>法定退休年龄规则（女职工，原55岁）</source>
        <translation>Statutory retirement age rule (female employees, originally 55)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="79"/>
        <source>法定退休年龄规则（灵活就业女性）</source>
        <translation>Statutory retirement age rule (flexible-employment women)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="80"/>
        <source>医疗保险个人缴费比例</source>
        <translation>Medical insurance employee rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="81"/>
        <source>医疗保险单位缴费比例</source>
        <translation>Medical insurance employer rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="82"/>
        <source>医保个人每月固定缴费</source>
        <translation>Fixed monthly medical contribution (employee)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="83"/>
        <source>灵活就业医保缴费比例</source>
        <translation>Flexible employment medical contribution rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="84"/>
        <source>个人缴费计入医保个人账户的比例</source>
        <translation>Share of employee contribution credited to medical account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="85"/>
        <source>单位缴费划入医保个人账户</source>
        <translation>Employer contribution credited to medical account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="86"/>
        <source>医保个人账户年利率</source>
        <translation>Medical account annual interest rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="87"/>
        <source>退休人员医保个人账户定额划入</source>
        <translation>Fixed credit to retirees&apos; medical accounts</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="88"/>
        <source>退休人员医保个人账户划入比例</source>
        <translation>Credit rate to retirees&apos; medical accounts</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="89"/>
        <source>失业保险个人缴费比例</source>
        <translation>Unemployment insurance employee rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="90"/>
        <source>失业保险单位缴费比例</source>
        <translation>Unemployment insurance employer rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="91"/>
        <source>灵活就业失业保险缴费比例</source>
        <translation>Flexible employment unemployment insurance rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="92"/>
        <source>工伤保险个人缴费比例</source>
        <translation>Work injury insurance employee rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="93"/>
        <source>工伤保险单位缴费比例</source>
        <translation>Work injury insurance employer rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="94"/>
        <source>生育保险个人缴费比例</source>
        <translation>Maternity insurance employee rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="95"/>
        <source>生育保险单位缴费比例</source>
        <translation>Maternity insurance employer rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="96"/>
        <source>住房公积金缴存基数上限</source>
        <translation>Housing fund contribution base ceiling</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="97"/>
        <source>住房公积金缴存基数下限</source>
        <translation>Housing fund contribution base floor</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="98"/>
        <source>公积金缴存基数上限倍数</source>
        <translation>Housing fund base ceiling multiple</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="99"/>
        <source>住房公积金缴存比例下限</source>
        <translation>Housing fund minimum contribution rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="100"/>
        <source>住房公积金缴存比例上限</source>
        <translation>Housing fund maximum contribution rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="101"/>
        <source>住房公积金年利率（上年结转）</source>
        <translation>Housing fund annual interest rate (balance brought forward)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="102"/>
        <source>住房公积金年利率（当年归集）</source>
        <translation>Housing fund annual interest rate (current-year deposits)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="103"/>
        <source>住房公积金缴存额舍入规则</source>
        <translation>Housing fund deposit rounding rule</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="104"/>
        <source>全国城镇非私营单位年平均工资</source>
        <translation>National average annual wage, urban non-private units</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="105"/>
        <source>2019年前社平工资口径换算系数</source>
        <translation>Pre-2019 average wage caliber factor</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="106"/>
        <source>本人工资年增长率（假设）</source>
        <translation>Own wage growth (assumption)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="107"/>
        <source>社会平均工资年增长率（假设）</source>
        <translation>Average wage growth (assumption)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="108"/>
        <source>未来记账利率（假设）</source>
        <translation>Future credited interest rate (assumption)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="109"/>
        <source>通货膨胀率（假设）</source>
        <translation>Inflation rate (assumption)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="110"/>
        <source>未来养老金调整幅度（假设）</source>
        <translation>Future pension adjustment (assumption)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="111"/>
        <source>本人工资年增长率的低/高情形（假设）</source>
        <translation>Own wage growth, low/high cases (assumption)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="113"/>
        <source>社会平均工资年增长率的低/高情形（假设）</source>
        <translation>Average wage growth, low/high cases (assumption)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="114"/>
        <source>记账利率的低/高情形（假设）</source>
        <translation>Credited interest rate, low/high cases (assumption)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="115"/>
        <source>养老金调整幅度的低/高情形（假设）</source>
        <translation>Pension adjustment, low/high cases (assumption)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="121"/>
        <source>地方加发项目（{id}）</source>
        <translation>Regional add-on ({id})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="129"/>
        <source>按过渡性指数计</source>
        <translation>at the transitional index</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="130"/>
        <source>按本人平均缴费指数计</source>
        <translation>at the person&apos;s average contribution index</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="131"/>
        <source>按指数 1 计</source>
        <translation>at an index of 1</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="132"/>
        <source>按（1 + 本人平均缴费指数）/ 2 计</source>
        <translation>at (1 + the person&apos;s average contribution index) / 2</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="133"/>
        <source>按本人平均缴费指数计（低于 1 时按 1）</source>
        <translation>at the person&apos;s average contribution index (1 if lower)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/parameter_labels.py" line="140"/>
        <source>{start} 至 {end}，{index}</source>
        <translation>{start} to {end}, {index}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="22"/>
        <source>年度计算法</source>
        <translation>Annual calculation method</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="23"/>
        <source>月积数法</source>
        <translation>Monthly accumulation method</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="24"/>
        <source>当年缴费当年不计息</source>
        <translation>No interest on contributions in the year paid</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="25"/>
        <source>四舍五入到分</source>
        <translation>rounded to the fen (0.01)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="26"/>
        <source>四舍五入到角</source>
        <translation>Round to the jiao (0.1)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="27"/>
        <source>进位到角</source>
        <translation>Round up to the jiao</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="28"/>
        <source>舍去分以下后进位到角</source>
        <translation>cut to the fen, then rounded up to the jiao</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="29"/>
        <source>四舍五入到元</source>
        <translation>Round to the yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="30"/>
        <source>不舍入</source>
        <translation>No rounding</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="31"/>
        <source>累计月数 ÷ 12</source>
        <translation>Total months ÷ 12</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="32"/>
        <source>整年数 + 零头月数折算</source>
        <translation>Whole years + remaining months converted</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="33"/>
        <source>按 1 计</source>
        <translation>Counted as 1</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="34"/>
        <source>本人平均缴费指数</source>
        <translation>Own average contribution index</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="35"/>
        <source>(1 + 本人平均缴费指数) ÷ 2</source>
        <translation>(1 + own average contribution index) ÷ 2</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="36"/>
        <source>累计月数 ÷ 12，保留两位小数</source>
        <translation>months ÷ 12, to 2 decimals</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="37"/>
        <source>累计月数 ÷ 12，保留四位小数</source>
        <translation>months ÷ 12, to 4 decimals</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="38"/>
        <source>累计月数 ÷ 12，向上取到 0.1 年</source>
        <translation>total months ÷ 12, rounded up to 0.1 year</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="39"/>
        <source>累计月数 ÷ 12，不足半年按半年、超过半年按一年</source>
        <translation>total months ÷ 12, rounded up to the half year (up to 6 months over count as half a year, more as a whole year)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="40"/>
        <source>过渡性指数</source>
        <translation>transitional index</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="41"/>
        <source>视同缴费年限</source>
        <translation>deemed years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="42"/>
        <source>建账前缴费年限</source>
        <translation>years before the personal account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="111"/>
        <source>{exact}，{rounding}：{result}</source>
        <translation>{exact}, {rounding}: {result}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="112"/>
        <source>舍入</source>
        <translation>rounded</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="121"/>
        <source>本人平均缴费指数 Ī：北京核定表上的 Z实 即此数；核定表另列过渡性指数时，可在“个人信息”填写</source>
        <translation>your average index Ī: the Beijing approval forms print it as Z(paid); if yours lists a separate transitional index, enter it under Personal details</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="123"/>
        <source>您填写的过渡性指数</source>
        <translation>the transitional index you entered</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="38"/>
        <source>全国</source>
        <translation>National</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="49"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="49"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="52"/>
        <source>按退休年龄查表（{low}–{high}岁，{first}–{last}个月）</source>
        <translation>Table by retirement age ({low}–{high} y, {first}–{last} months)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="56"/>
        <source>原退休年龄{age}岁；{birth}起每{step}个月出生延迟1个月，最多延迟{max}个月；弹性提前{early}个月、推迟{late}个月</source>
        <translation>Original retirement age {age}; from births in {birth}, 1 month of delay per {step} months of birth, up to {max} months; elective early {early} months, late {late} months</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="68"/>
        <source>不适用</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="74"/>
        <source>{n} 年</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="79"/>
        <source>已公布</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="80"/>
        <source>第三方来源</source>
        <translation>Third-party source</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="81"/>
        <source>估计</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="82"/>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_sources.py" line="103"/>
        <source>您在本档案中填写的数值</source>
        <translation>Value you entered in this profile</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_sources.py" line="109"/>
        <source>（以上为首项；其余各项方法相同，数字不同）</source>
        <translation> (first item shown; the others use the same method with different numbers)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_sources.py" line="111"/>
        <source>推算方法（数据附注，英文原文）：</source>
        <translation>Method (a note of the data): </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_sources.py" line="113"/>
        <source>推算方法（数据附注）：</source>
        <translation>Method (a note of the data): </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_sources.py" line="117"/>
        <source>来源同上</source>
        <translation>Same source as above</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="133"/>
        <source>地区</source>
        <extracomment>the table of the explanation on screen (the printed summary passes its own, see report.py)</extracomment>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="133"/>
        <source>起始月份</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="134"/>
        <source>取值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="134"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="135"/>
        <source>来源 / 推算方法</source>
        <translation>Source / projection method</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="148"/>
        <source>{first} 至 {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="159"/>
        <source>※ 估计值：尚未公布或缺少公布值，按右栏所列方法推算；来源后的 [O] 已读官方原文，[O-m] 引自官方文件但未读原文，[T] 第三方资料，[U] 未确认。</source>
        <translation>※ Estimate: not yet published or no published value, projected by the method in the right column. After a source: [O] official text read, [O-m] cited from an official document but original not read, [T] third-party source, [U] unconfirmed.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="162"/>
        <source>标题后的 {mark}：标题是对文件的描述，不是原文标题，原文未读。</source>
        <translation>{mark} after a title: the title describes the document and is not its own; the original was not read.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="175"/>
        <source>男职工</source>
        <translation>Male employees</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="176"/>
        <source>女职工（原法定退休年龄50岁）</source>
        <translation>Female employees (original statutory retirement age 50)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="177"/>
        <source>女职工（原法定退休年龄55岁）</source>
        <translation>Female employees (original statutory retirement age 55)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="178"/>
        <source>灵活就业女性（本地区规定）</source>
        <translation>Flexible-employment women (the region&apos;s own rule)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="184"/>
        <source>年度计算法：上年末余额按当年记账利率计全年利息；当年 12 个月都有缴费时，当年缴费额 × 记账利率 × 1.083 ÷ 2（劳办发〔1997〕116号）；不满一年（如退休当年）按月积数法。</source>
        <translation>Annual calculation method: the previous year-end balance earns a full year&apos;s interest at the year&apos;s credited interest rate; when all 12 months of the year have contributions, the year&apos;s contributions earn contributions × credited interest rate × 1.083 ÷ 2 (Laobanfa [1997] No. 116); a partial year (such as the retirement year) uses the monthly accumulation method.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="187"/>
        <source>月积数法：每月缴费按当年剩余月数计息，金额 × 记账利率 × 剩余月数 ÷ 12。</source>
        <translation>Monthly accumulation method: each month&apos;s contribution earns interest for the remaining months of the year: amount × credited interest rate × remaining months ÷ 12.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="189"/>
        <source>当年缴费当年不计息，次年起按记账利率计息。</source>
        <translation>Contributions earn no interest in the year they are paid; from the next year on they earn the credited interest rate.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="191"/>
        <source>养老保险个人账户每年 12 月 31 日按当年记账利率结息，利息四舍五入到分。</source>
        <translation>The pension personal account is credited with interest on 31 December each year at that year&apos;s credited interest rate; interest is rounded to the fen.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="194"/>
        <source>退休后账户余额继续计息。</source>
        <translation>The balance keeps earning interest after retirement.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="195"/>
        <source>住房公积金每年 6 月 30 日结息，退休时一次提取；医保个人账户每年末结息。各年利率见下方参数表。</source>
        <translation>The housing fund is credited with interest on 30 June each year and withdrawn in full at retirement; the medical account is credited with interest at each year-end. Each year&apos;s rates are in the parameter table below.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="208"/>
        <source>Ī 平均缴费指数 = {i}（到退休时：各月缴费基数 ÷ 当期社会平均工资的平均，含今后预计缴费的月份和视同缴费年限）</source>
        <translation>Ī average contribution index = {i} (at retirement: average of each month&apos;s contribution base ÷ the period&apos;s average social wage, including the months projected to come and deemed contribution years)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="232"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="237"/>
        <source>（今日购买力约 {v} 元）</source>
        <translation> (about {v} yuan in today&apos;s money)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="252"/>
        <source>计算过程</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="253"/>
        <source>金额为名义金额（退休当年的元）。</source>
        <translation>Amounts are nominal (yuan of the retirement year).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="255"/>
        <source>计算过程（括号内按今日购买力折算）</source>
        <translation>Calculation (today&apos;s money in parentheses)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="244"/>
        <source>公式中的金额为名义金额；括号内为除以 {year} 年折算系数 {d} 后的今日购买力。</source>
        <translation>Amounts in the formulas are nominal; figures in parentheses are in today&apos;s money, divided by the {year} deflator {d}.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="259"/>
        <source>假设：{0}</source>
        <translation>Assumptions: {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="259"/>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="79"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="264"/>
        <source>适用规则：{group}。原法定退休年龄在 {old} 到达，按渐进式延迟退休规定延迟 {delay} 个月，法定退休时间为 &lt;b&gt;{statutory}&lt;/b&gt;（{age}）。</source>
        <translation>Rule applied: {group}. The original statutory retirement age is reached in {old}; under the gradual retirement-age increase it is delayed by {delay} months, so statutory retirement is &lt;b&gt;{statutory}&lt;/b&gt; ({age}).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="305"/>
        <source>其中缴费记录和对账单上已缴 {paid} 年（含视同），其余 {projected} 年是按继续缴费推算的，缴了才算。</source>
        <translation>Of these, paid by the records and statement: {paid} (deemed years included); projected from continuing contributions, counting only once paid: {projected}.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="204"/>
        <source>C 计发基数（{region}，{year} 年）= {c} 元{mark}</source>
        <translation>C pension base ({region}, {year}) = {c} yuan{mark}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="211"/>
        <source>Ī 平均缴费指数 = {i}（各月缴费基数 ÷ 当期社会平均工资的平均，含视同缴费年限）</source>
        <translation>Ī average contribution index = {i} (average of each month&apos;s contribution base ÷ the period&apos;s average social wage, including deemed contribution years)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="215"/>
        <source>；其中权益记录单截至 {as_of} 的 {years} 年按其平均缴费指数 {index} 计</source>
        <translation>; of which the {years} years in the statement up to {as_of} count at its average contribution index {index}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="220"/>
        <source>；视同缴费年限 {deemed} 年按视同缴费指数 {index} 计入平均</source>
        <translation>; the {deemed} deemed years count in the average at the deemed-years index {index}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_years.py" line="27"/>
        <source>N 缴费年限 = {n} 年（实际 {months} 个月 + 视同 {deemed} 年；{counting}）</source>
        <translation>N contribution years = {n} years (actual {months} months + deemed {deemed} years; {counting})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_years.py" line="33"/>
        <source>N 缴费年限 = {n} 年（实际 {months} 个月 + 视同 {deemed} 年；整年数 {whole} + 零头 {rest} 个月 × 每月 {weight} 年 = {n} 年；“缴费年限”卡片和最低缴费年限按月数 ÷ 12 计，为 {plain} 年）</source>
        <translation>N contribution years = {n} years (actual {months} months + deemed {deemed} years; {whole} whole years + {rest} months × {weight} year each = {n} years; the Contribution years card and the minimum years count months ÷ 12: {plain} years)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="86"/>
        <source>个人账户养老金 = 退休时个人账户余额 ÷ 计发月数。退休时年龄 {age}，计发月数 {divisor}（国发〔2005〕38号计发月数表；不满整岁按相邻整岁线性插值）。</source>
        <translation>Account pension = pension personal account balance at retirement ÷ divisor. Age at retirement {age}, divisor {divisor} (divisor table of Guofa [2005] No. 38; ages between whole years interpolated linearly).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="96"/>
        <source>{balance} ÷ {divisor} = {result}</source>
        <translation>{balance} ÷ {divisor} = {result}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="273"/>
        <source>弹性退休时间为 {earliest} 至 {latest}；</source>
        <translation>The elective window is {earliest} to {latest}; </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="275"/>
        <source>弹性退休可在 {earliest} 至 {latest} 之间选择；</source>
        <translation>Elective retirement can be chosen between {earliest} and {latest}; </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="277"/>
        <source>弹性退休时间为 {earliest} 至 {latest}；{first} 已过去，只在你确实已于那个月退休时选择；</source>
        <translation>The elective window is {earliest} to {latest}; {first} has passed: choose it only if you did retire in that month; </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="279"/>
        <source>弹性退休时间为 {earliest} 至 {latest}；{first} 至 {last} 已过去，只在你确实已于其中某月退休时选择；</source>
        <translation>The elective window is {earliest} to {latest}; {first} to {last} have passed: choose one only if you did retire in it; </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="282"/>
        <source>弹性退休时间为 {earliest} 至 {latest}，现在只能选择 {first}；</source>
        <translation>The elective window is {earliest} to {latest}; only {first} can be chosen now; </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="284"/>
        <source>弹性退休时间为 {earliest} 至 {latest}，现在仍可选择 {first} 至 {last}；</source>
        <translation>The elective window is {earliest} to {latest}; {first} to {last} can still be chosen; </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="285"/>
        <source>已于 &lt;b&gt;{chosen}&lt;/b&gt;（{age}）退休。</source>
        <translation>retired in &lt;b&gt;{chosen}&lt;/b&gt; ({age}).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="286"/>
        <source>本次按 &lt;b&gt;{chosen}&lt;/b&gt;（{age}）计算。</source>
        <translation>this estimate uses &lt;b&gt;{chosen}&lt;/b&gt; ({age}).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="289"/>
        <source>法定退休时间已过，之后没有缴费记录，所以不能再选更晚的月份：弹性延迟退休须在达到法定退休年龄前与单位书面约定（人社部发〔2024〕94号）。</source>
        <translation>The statutory retirement month has passed with no contribution recorded since, so no later month can be chosen: an elective delay must be agreed in writing with the employer before the statutory age (人社部发〔2024〕94号).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="312"/>
        <source>还差 {n}</source>
        <translation>{n} short</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="329"/>
        <source>各部分分别舍入：{rule}。</source>
        <translation>Each part is rounded separately: {rule}.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="318"/>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="71"/>
        <location filename="../../shebao_desktop/gui/report_pension.py" line="36"/>
        <source>个人账户养老金</source>
        <translation>Account pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="296"/>
        <source>按月领取基本养老金须累计缴费满 {required} 年。{paid}{months} 个月，加视同缴费 {deemed} 年，共 {years} 年：</source>
        <translation>A monthly basic pension requires at least {required} years of contributions in total. {paid}{months} months, plus {deemed} deemed contribution years, total {years} years: </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="299"/>
        <source>实际缴费（含今后推算的）</source>
        <translation>Paid or projected </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="300"/>
        <source>实际缴费 </source>
        <translation>Paid </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="332"/>
        <source>个人账户计息</source>
        <translation>Account interest</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="333"/>
        <source>使用的参数及来源</source>
        <translation>Parameters used and their sources</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="316"/>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="70"/>
        <location filename="../../shebao_desktop/gui/report_pension.py" line="35"/>
        <source>基础养老金</source>
        <translation>Basic pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="203"/>
        <source>基础养老金 = C × (1 + Ī) ÷ 2 × N × 1%</source>
        <translation>Basic pension = C × (1 + Ī) ÷ 2 × N × 1%</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="310"/>
        <source>已满足</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_sources.py" line="106"/>
        <source>推算方法同上</source>
        <translation>Same method as above</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_sources.py" line="114"/>
        <source>推算方法：</source>
        <translation>Method: </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="295"/>
        <source>最低缴费年限</source>
        <translation>Minimum contribution years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="325"/>
        <source>月养老金合计</source>
        <translation>Monthly pension in total</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="321"/>
        <location filename="../../shebao_desktop/gui/explain_rules.py" line="72"/>
        <source>过渡性养老金</source>
        <translation>Transitional pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="323"/>
        <source>地方加发项目</source>
        <translation>Regional add-ons</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain.py" line="263"/>
        <source>退休年龄</source>
        <translation>Retirement age</translation>
    </message>
</context>
<context>
    <name>explain_pension</name>
    <message>
        <location filename="../../shebao_desktop/gui/explain_sources.py" line="48"/>
        <source>您在本档案中填写的数值</source>
        <extracomment>after a title the data marks as a description of the document, not read in the original: the mark once in each cell, the words once in the table&apos;s legend (explain.parameters_table_html)</extracomment>
        <translation>the value you entered in this profile</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_sources.py" line="52"/>
        <source>估计（数据附注，英文原文）：{method}</source>
        <translation>estimated (a note of the data): {method}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_sources.py" line="55"/>
        <source>估计：{method}</source>
        <translation>estimated: {method}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_sources.py" line="56"/>
        <source>第三方来源</source>
        <translation>third-party source</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_sources.py" line="57"/>
        <source>已公布</source>
        <translation>published</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="30"/>
        <source>本地区按 1 计</source>
        <translation>this region uses 1</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="32"/>
        <source>本地区使用本人平均缴费指数</source>
        <translation>this region uses the person&apos;s average index</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="34"/>
        <source>本地区使用 (1 + 过渡性指数) ÷ 2，过渡性指数取您填写的数值</source>
        <translation>this region uses (1 + transitional index) ÷ 2, with the transitional index you entered</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="36"/>
        <source>本地区使用 (1 + 平均缴费指数) ÷ 2</source>
        <translation>this region uses (1 + average index) ÷ 2</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="38"/>
        <source>本地区使用平均缴费指数，低于 1 时按 1</source>
        <translation>this region uses the average index, at least 1</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="40"/>
        <source>本地区使用过渡性指数（视同缴费指数），取您填写的数值</source>
        <translation>this region uses a transitional (deemed-years) index: the one you entered</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="41"/>
        <source>本地区使用过渡性指数（视同缴费指数）；未填写，按本地区默认取{d}</source>
        <translation>this region uses a transitional (deemed-years) index; none entered, so the region&apos;s default: {d}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="42"/>
        <source>平均缴费指数</source>
        <translation>the average index</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="43"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="49"/>
        <source>本地区按视同缴费年限计</source>
        <translation>this region counts the deemed years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="58"/>
        <source>您填写的数值</source>
        <translation>the value you entered</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="59"/>
        <source>视同缴费年限加缴费记录中 {start} 以前的缴费月数</source>
        <translation>deemed years plus the months paid before {start} in the record</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="60"/>
        <source>视同缴费年限加缴费记录中 {start} 以前的缴费月数，已记入其他地区个人账户的月份不计（见提示）</source>
        <translation>deemed years plus the months paid before {start} in the record, less those another region credited to a personal account (see the notices)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="62"/>
        <source>参加工作时间至 {start}</source>
        <translation>from the work start to {start}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="63"/>
        <source>没有 {start} 以前的缴费记录或参加工作时间，按视同缴费年限</source>
        <translation>no payments before {start} recorded and no work start: the deemed years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="64"/>
        <source>参加工作时间在个人账户建立（{start}）之后，没有建账前的实际缴费，按视同缴费年限</source>
        <translation>your work start is after the personal account opened ({start}), so nothing was paid before it: the deemed years are used</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="66"/>
        <source>参加工作时间至 {start} 的年限不多于视同缴费年限，按视同缴费年限</source>
        <translation>the years from your work start to {start} are not more than the deemed years: the deemed years are used</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="51"/>
        <source>本地区按建账前缴费年限计（个人账户于 {start} 建立；{how}）</source>
        <translation>this region counts the years before the personal account (opened {start}; {how})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="103"/>
        <source>（本地区对个人身份“{s}”的规定，您在个人信息中勾选）</source>
        <translation> (this region&apos;s rule for the personal status “{s}”, ticked in the person form)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="107"/>
        <source>（个人身份为“{s}”的人本地区另有系数，在个人信息中勾选）</source>
        <translation> (this region sets another coefficient for the personal status “{s}”, ticked in the person form)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="110"/>
        <source>（本地区按实际缴费年限 {n} 年确定）</source>
        <translation> (set here by the {n} years actually paid)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="122"/>
        <source>过渡性养老金 = C × Z × N × k</source>
        <translation>Transitional pension = C × Z × N × k</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="123"/>
        <source> + C × Z实 × N实 × k</source>
        <translation> + C × Z(paid) × N(paid) × k</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="124"/>
        <source> + 虚账实记余额 ÷ 计发月数</source>
        <translation> + notional account balance ÷ months</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="128"/>
        <source>Z 过渡性指数 = {z}（{how}）</source>
        <translation>Z transitional index = {z} ({how})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="131"/>
        <source>N 计算年限 = {n} 年（{how}）</source>
        <translation>N years counted = {n} ({how})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="97"/>
        <source>k 计发系数 = {k}</source>
        <translation>k coefficient = {k}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_sources.py" line="54"/>
        <source>估计（数据附注）：{method}</source>
        <translation>estimated (a note of the data): {method}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="80"/>
        <source>过渡性养老金不适用，为 {zero} 元：本地区按视同缴费年限（个人账户建立以前的工作年限）计算，本人没有视同缴费年限。</source>
        <translation>Transitional pension: does not apply ({zero} yuan). This region counts it on the deemed contribution years (years worked before the personal account), and you have none.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="84"/>
        <source>过渡性养老金为 {zero} 元：本地区按个人账户建立（{start}）以前的缴费年限计算；您在此以前的缴费月份已记入其他地区的个人账户（随账户转入），不再计入（见提示；如当地审批表计入，请在“个人信息”中填写建账前缴费年限）。</source>
        <translation>Transitional pension: {zero} yuan. This region counts it on the years paid before the personal account opened ({start}); your months before then were credited to another region&apos;s personal account (transferred with it) and are not counted again (see the notices; if the local approval form counts them, enter the years before the personal account under &quot;Personal details&quot;).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="88"/>
        <source>过渡性养老金不适用，为 {zero} 元：本地区按个人账户建立（{start}）以前的缴费年限计算，本人没有这段年限（{how}）。</source>
        <translation>Transitional pension: does not apply ({zero} yuan). This region counts it on the years paid before the personal account opened ({start}), and you have none ({how}).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="137"/>
        <source>N实 = {n} 年（计发期间内实际缴费年限），Z实 = {z}（{how}）</source>
        <translation>N(paid) = {n} years (paid inside the window), Z(paid) = {z} ({how})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="141"/>
        <source>虚账实记余额 {x} 元 ÷ {d} 个月 = {y} 元</source>
        <translation>Notional account balance {x} yuan ÷ {d} months = {y} yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="147"/>
        <source>个人账户建立时间 {start}</source>
        <translation>Personal accounts opened {start}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="154"/>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="160"/>
        <source>{c} × {z} × {n} × {k}</source>
        <translation>{c} × {z} × {n} × {k}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="169"/>
        <source>没有计算年限，过渡性养老金为 0。</source>
        <translation>No years to count: the transitional pension is 0.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="188"/>
        <source>(C + C × Ī) ÷ 2</source>
        <translation>(C + C × Ī) ÷ 2</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="216"/>
        <source>与过渡性养老金取较高者：此人的过渡性养老金不低于它，不另加发</source>
        <translation>the larger of it and the transitional pension is paid: this person&apos;s transitional pension is not below it, so nothing is added</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="218"/>
        <source>只发给有建账前缴费年限的人</source>
        <translation>paid only to people with years before the personal account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="220"/>
        <source>只发给没有建账前缴费年限的人</source>
        <translation>paid only to people without years before the personal account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="222"/>
        <source>须满最低缴费年限</source>
        <translation>needs the minimum contribution years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="224"/>
        <source>须实际缴费满 {n} 年</source>
        <translation>needs {n} years actually paid</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="226"/>
        <source>须视同缴费满 {n} 年</source>
        <translation>needs {n} deemed years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="228"/>
        <source>缴费年限未达到其第一档</source>
        <translation>the years do not reach its first step</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="229"/>
        <source>按其规定不适用</source>
        <translation>does not apply under its rule</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="235"/>
        <source>按在本地区工作年限计发（在个人信息中填写），未填写或未达到规定年限时不发</source>
        <translation>paid by the years worked in the region (entered in the person form); not paid when they are not given or below the rule&apos;s years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="237"/>
        <source>只发给个人身份为“{s}”的人（在个人信息中勾选）</source>
        <translation>paid only to people with the personal status “{s}” (ticked in the person form)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="260"/>
        <source>本地区没有随养老金发放的地方加发项目。</source>
        <translation>This region pays no add-ons with the pension.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="269"/>
        <source>（{how}）</source>
        <translation> ({how})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="271"/>
        <source>（在本地区工作 {n} 年，您在个人信息中填写）</source>
        <translation> ({n} years worked in the region, entered in the person form)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="274"/>
        <source>（个人身份“{s}”，您在个人信息中勾选）</source>
        <translation> (personal status “{s}”, ticked in the person form)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="283"/>
        <source>本次没有计入地方加发项目。</source>
        <translation>No regional add-on is counted in this estimate.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="288"/>
        <source>本次未计。{c}。</source>
        <translation>not counted in this estimate: {c}.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="302"/>
        <source>核定表把它印在“过渡性养老金”一栏，按规定发两者中较高者：{sum} 元。这里分成过渡性养老金 {t} 元和{name}高出它的部分 {a} 元，两者相加即是。</source>
        <translation>The approval form prints it in its “transitional pension” line, where the larger of the two is paid: {sum} yuan. Here it is split into the transitional pension, {t} yuan, and the part of the {name} above it, {a} yuan, which add up to that.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="310"/>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="311"/>
        <source>见分进角</source>
        <translation>rounded up to the jiao</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="312"/>
        <source>四舍五入到角</source>
        <translation>rounded to the jiao</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="313"/>
        <source>四舍五入到元</source>
        <translation>rounded to the yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="314"/>
        <source>四舍五入到分</source>
        <translation>rounded to the fen</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="324"/>
        <source>{sum}，名义合计{rule}后折算为 {total}</source>
        <translation>{sum}; the nominal total {rule}, in today&apos;s money: {total}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="325"/>
        <source>{sum}，{rule}为 {total}</source>
        <translation>{sum}, {rule}: {total}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="338"/>
        <source>按视同缴费年限计发</source>
        <translation>by deemed contribution years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="339"/>
        <source>按建账前缴费年限计发</source>
        <translation>by the years before the personal account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="340"/>
        <source>按在本地区工作年限计发</source>
        <translation>by the years worked in the region</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="341"/>
        <source>按缴费年限计发</source>
        <translation>by contribution years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="344"/>
        <source>每满一年 {per} 元</source>
        <translation>{per} yuan per full year</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="345"/>
        <source>每年 {per} 元</source>
        <translation>{per} yuan a year</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="348"/>
        <source> × {n} 年</source>
        <translation> × {n} years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="350"/>
        <source>{fixed} 元 + {terms}</source>
        <translation>{fixed} yuan + {terms}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="354"/>
        <source>，减过渡性养老金 {t} 元</source>
        <translation>, less the transitional pension {t} yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="366"/>
        <source>合计按本地区规则舍入：{rule}。</source>
        <translation>The total is rounded by the region&apos;s rule: {rule}.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="370"/>
        <source>未满最低缴费年限，不能按月领取（以上为满足条件时的金额）。</source>
        <translation>Below the minimum years no monthly pension is paid (the figures are what it would be).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="385"/>
        <source>{c} × (1 + {i}) ÷ 2 × {n} × 1% = {result}</source>
        <translation>{c} × (1 + {i}) ÷ 2 × {n} × 1% = {result}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="391"/>
        <source>指数化月平均缴费工资 = {b} × {i} = {w}（计发基数 {c}）</source>
        <translation>Indexed average wage = {b} × {i} = {w} (on the base {c})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/explain_pension.py" line="394"/>
        <source>({base} + {w}) ÷ 2 × {n} × 1% = {result}</source>
        <translation>({base} + {w}) ÷ 2 × {n} × 1% = {result}</translation>
    </message>
</context>
<context>
    <name>fan_chart</name>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="59"/>
        <source>记账利率</source>
        <extracomment>the assumption names of the band, in the order they are stated</extracomment>
        <translation>credited interest</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="60"/>
        <source>社平工资增长</source>
        <translation>average-wage growth</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="61"/>
        <source>本人工资增长</source>
        <translation>own-wage growth</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="62"/>
        <source>养老金调整</source>
        <translation>pension adjustment</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="77"/>
        <source>区间约 {0} – {1} 元/月</source>
        <translation>Range about {0} – {1} yuan/month</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="83"/>
        <source>{0} {1} / {2} / {3}</source>
        <translation>{0} {1} / {2} / {3}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="86"/>
        <source>低 / 中 / 高情形：</source>
        <translation>Low / central / high cases: </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="86"/>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="102"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="97"/>
        <source>您设的{0}已达到或超过高情形的取值，高情形即按您的假设：区间多在中间线下方</source>
        <translation>Your {0} is at or above the high case&apos;s value, so the high case takes yours: the band lies mostly below the line</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="98"/>
        <source>您设的{0}已达到或低于低情形的取值，低情形即按您的假设：区间多在中间线上方</source>
        <translation>Your {0} is at or below the low case&apos;s value, so the low case takes yours: the band lies mostly above the line</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="101"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="186"/>
        <source>※ 低、高情形的假设值及理由见政策数据 assumptions/bands；通胀只用于折算今日购买力，不变动。</source>
        <extracomment>the colours of the balance band (blue) and of the pension band over the bars (orange)</extracomment>
        <translation>※ The low and high values and their reasons are in the policy data (assumptions/bands); inflation only converts to today&apos;s money and is not varied.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="208"/>
        <source>养老保险个人账户余额：低 / 中 / 高情形（年末，万元）</source>
        <extracomment>(year, low, central, high) as drawn: 万元, in the chart&apos;s money</extracomment>
        <translation>Pension account balance: low / central / high case (year end, 10,000 yuan)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/charts.py" line="279"/>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="219"/>
        <source>（正在更新…）</source>
        <translation>(updating…)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="236"/>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="329"/>
        <source>低–高情形</source>
        <translation>Low–high cases</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="234"/>
        <source>中间情形（当前假设）</source>
        <translation>Central case (current assumptions)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="217"/>
        <source>（正在计算区间…）</source>
        <translation>(calculating the range…)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="244"/>
        <source>不确定性：每月养老金{0}（低、高情形，※ 估算）。{1}</source>
        <translation>Uncertainty: monthly pension {0} (low and high cases, ※ estimated). {1}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="246"/>
        <source>区间</source>
        <translation>Range </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="333"/>
        <source>，阴影为低–高情形 ※</source>
        <translation>; shaded: low–high cases ※</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="45"/>
        <source>缴费基数</source>
        <translation>Contribution base</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="46"/>
        <source>按月计算养老保险费的工资数额：一般为本人上年度月平均工资，低于当地全口径城镇单位就业人员平均工资60%的按60%、高于300%的按300%计；灵活就业人员在60%至300%之间自选。</source>
        <translation>The monthly wage figure pension contributions are calculated on: usually your average monthly wage of the previous year, raised to 60% of the regional all-employment urban average wage when below it and capped at 300% above it; flexible workers choose between 60% and 300%.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="48"/>
        <source>缴费指数</source>
        <translation>Contribution index</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="49"/>
        <source>某年的缴费基数除以当地同年的社会平均工资。退休时各年缴费指数的平均值（平均缴费指数）决定“本人指数化月平均缴费工资”，从而决定基础养老金。</source>
        <translation>A year&apos;s contribution base divided by the regional average wage of that year. At retirement the mean of the yearly indices (the average index) sets your indexed average monthly wage, and so the basic pension.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="51"/>
        <source>计发基数</source>
        <translation>Pension base</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="52"/>
        <source>计算基础养老金和过渡性养老金所用的当地上年度在岗职工月平均工资（现多为全口径城镇单位就业人员月平均工资），由省级人社部门每年公布。</source>
        <translation>The regional average monthly wage of the previous year (now mostly the all-employment urban average) that the basic and transitional pensions are calculated from; published each year by the provincial human-resources department.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="54"/>
        <source>计发月数</source>
        <translation>Payout months</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="55"/>
        <source>个人账户养老金＝退休时个人账户储存额÷计发月数。计发月数按退休年龄查表（60岁为139个月、55岁为170个月、50岁为195个月），与城镇人口平均寿命等因素挂钩。</source>
        <translation>Account pension = personal account balance at retirement ÷ payout months. The payout months come from a table by retirement age (139 at 60, 170 at 55, 195 at 50), tied to urban life expectancy among other factors.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="57"/>
        <source>视同缴费年限</source>
        <translation>Deemed contribution years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="58"/>
        <source>实行个人缴费制度前，按国家规定计算的连续工龄，视为已缴费的年限，与实际缴费年限合并计算。</source>
        <translation>Continuous service before personal contributions began, counted under national rules as years paid and added to the years actually paid.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="60"/>
        <source>过渡性养老金</source>
        <translation>Transitional pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="61"/>
        <source>“中人”（制度实施前参加工作、实施后退休）在基础养老金和个人账户养老金之外加发的部分，补偿没有个人账户的视同缴费年限；计算办法由各省规定。</source>
        <translation>The extra part paid to &quot;middle-generation&quot; members (who started work before the system and retire after it) on top of the basic and account pensions, for the deemed years that have no personal account; each province sets how it is calculated.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="63"/>
        <source>记账利率</source>
        <translation>Credited interest rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="64"/>
        <source>每年为个人账户记入利息所用的利率，由人力资源社会保障部、财政部每年公布，不低于银行定期存款利率。</source>
        <translation>The rate at which interest is credited to the personal account each year, published yearly by the Ministry of Human Resources and Social Security and the Ministry of Finance, no lower than the bank fixed-deposit rate.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="66"/>
        <source>统筹</source>
        <translation>Pooling (social pool)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="67"/>
        <source>社会统筹：单位缴纳的养老保险费进入统筹基金，不进入个人账户，用于支付基础养老金等；与个人账户一起构成“社会统筹与个人账户相结合”的制度。</source>
        <translation>Social pooling: the employer&apos;s pension contributions go to the pooled fund, not to the personal account, and pay the basic pension among others; with the personal account it makes up the &quot;pooling plus personal accounts&quot; system.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="69"/>
        <source>弹性退休</source>
        <translation>Elective retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="70"/>
        <source>达到最低缴费年限的职工，可自愿选择在法定退休年龄前最多提前3年退休（不早于原法定退休年龄），或经与单位协商一致推迟最多3年退休。</source>
        <translation>Employees who have the minimum contribution years may choose to retire up to 3 years before the statutory age (not before the old statutory age), or, by agreement with the employer, up to 3 years later.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="81"/>
        <source>{0}：{1}
来源：《{2}》（{3}）</source>
        <translation>{0}: {1}
Source: 《{2}》 ({3})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/glossary.py" line="88"/>
        <source>来源：《{0}》（{1}）</source>
        <translation>Source: 《{0}》 ({1})</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="104"/>
        <source>金额不能为负数</source>
        <translation>Amount cannot be negative</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="106"/>
        <source>金额过大（超过每月一千万元），请检查</source>
        <translation>Amount too large (over 10 million yuan a month); please check</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="108"/>
        <source>金额最多两位小数</source>
        <translation>Amount can have at most two decimal places</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="170"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="171"/>
        <source>整年写 2024，单月写 2024-03</source>
        <translation>Whole year: 2024; single month: 2024-03</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="172"/>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="173"/>
        <source>缴费所在的统筹地区</source>
        <translation>Pooling region where contributions were paid</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="174"/>
        <source>月工资/基数（元）</source>
        <translation>Wage/base (yuan)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="175"/>
        <source>月平均工资（系统按上下限折算缴费基数），或直接填缴费基数</source>
        <translation>Average monthly wage (converted to a contribution base within the ceiling/floor), or enter the contribution base directly</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="176"/>
        <source>金额类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="180"/>
        <source>整年行缴费的月数（0-12）；不满 12 个月的行按哪几个月计算，见结果下方的说明；单月行为1</source>
        <translation>Months paid in a whole-year row (0-12); which months a row of fewer than 12 counts is said under the results; 1 for a month row</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="220"/>
        <source>单月行的缴费月数只能是0或1</source>
        <translation>A month row pays for 0 or 1 month</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="224"/>
        <location filename="../../shebao_desktop/gui/history_settle.py" line="170"/>
        <source>期间无效</source>
        <translation>Invalid period</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="134"/>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="143"/>
        <source>工资</source>
        <translation>Wage</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="38"/>
        <source>请填写期间</source>
        <translation>Enter the period</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="48"/>
        <source>“{0}”不是期间：整年写 2024，单月写 2024-03</source>
        <translation>“{0}” is not a period: write 2024 for a whole year, 2024-03 for one month</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="52"/>
        <source>月份 {0} 不存在（应为 1–12）</source>
        <translation>Month {0} does not exist (must be 1–12)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="59"/>
        <source>年份 {0} 超出范围（应在 1950–2100 之间）</source>
        <translation>Year {0} is out of range (must be 1950–2100)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="87"/>
        <source>未知地区：{0}（地区列表中没有的城市，请填它所在的省份，如“湖南”）</source>
        <translation>Unknown region: {0} (for a city not in the region list, enter its province, e.g. &quot;Hunan&quot;)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="99"/>
        <source>请填写月工资或缴费基数</source>
        <translation>Enter the monthly wage or contribution base</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="136"/>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="143"/>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="350"/>
        <source>基数</source>
        <extracomment>words in a header line -&gt; the column they name (both languages, the template&apos;s codes)</extracomment>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="138"/>
        <source>“{0}”不是金额类型：应为“工资”或“基数”</source>
        <translation>“{0}” is not an amount type: it must be “Wage” or “Base”</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="157"/>
        <source>“{0}”不是身份：应为“职工”或“灵活就业”</source>
        <translation>“{0}” is not an employment type: it must be “Employee” or “Flexible employment”</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="178"/>
        <source>工资或缴费基数</source>
        <translation>Wage or contribution base</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="179"/>
        <source>缴费月数</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="182"/>
        <source>身份</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="147"/>
        <source>（同身份类别）</source>
        <translation>(as category)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="128"/>
        <source>缴费月数“{0}”不对：应为 0 到 12 的整数</source>
        <translation>Months paid “{0}” is not valid: it must be a whole number from 0 to 12</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_cells.py" line="184"/>
        <source>职工或灵活就业；留空则按身份类别</source>
        <translation>Employee or flexible employment; leave blank to follow the category</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_model.py" line="181"/>
        <source>编辑缴费记录</source>
        <translation>Edit contribution record</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_wage_check.py" line="97"/>
        <source>第{0}行“{1}”：{2}</source>
        <translation>Row {0} &quot;{1}&quot;: {2}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_model.py" line="97"/>
        <source>此行有误，未计入计算；改正标红的单元格后计入</source>
        <extracomment>an edited row moved to its place by period (a corrected row left out): its new row the table rows the last paste went to (selected and shown by the panel) {row: why its amount is worth a second look}: valid rows, still counted {row: which of its months are before the work start}: valid rows, still counted</extracomment>
        <translation>This row has an error and is left out of the calculation; correct the cells marked red</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_model.py" line="47"/>
        <source>自动生成，可修改（改动金额后即为您自己的记录）</source>
        <extracomment>rows made by quick history entry (HistoryRow.generated): a pale blue row, a blue &quot;*&quot; number an amount far above the ceiling (history_wage_check): counted, but worth a second look</extracomment>
        <translation>Generated, editable (your own row once you change the amount)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_model.py" line="219"/>
        <source>另有 {0} 个单元格有误，原因见标红单元格的提示。</source>
        <translation>Cells wrong besides: {0}; see the tooltips of the cells marked red.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_model.py" line="221"/>
        <source>第 {0} 行有误（标红），未计入计算；改正后计入</source>
        <translation>Rows with errors (marked red), left out of the calculation until corrected: {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_model.py" line="222"/>
        <location filename="../../shebao_desktop/gui/history_settle.py" line="191"/>
        <location filename="../../shebao_desktop/gui/paste_columns.py" line="133"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_model.py" line="228"/>
        <source>插入缴费记录</source>
        <translation>Insert contribution record</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_model.py" line="233"/>
        <source>删除缴费记录</source>
        <translation>Delete contribution record</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_model.py" line="243"/>
        <source>剪贴板中没有可识别的行（需要：期间、金额[、地区[、月数]]）</source>
        <translation>No usable rows on the clipboard (expected: period, amount[, region[, months]])</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_model.py" line="253"/>
        <source>粘贴缴费记录</source>
        <translation>Paste contribution records</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_model.py" line="261"/>
        <source>已粘贴 {0} 行（第 {1} 行），其中 {2} 个单元格有误。</source>
        <translation>Pasted {0} rows (rows {1}); cells found wrong: {2}. </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_model.py" line="216"/>
        <source>第{0}行“{1}”：{2}。</source>
        <translation>Row {0} &quot;{1}&quot;: {2}. </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_model.py" line="264"/>
        <source>已粘贴 {0} 行（第 {1} 行）</source>
        <translation>Pasted {0} rows (rows {1})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_model.py" line="302"/>
        <source>未能修改缴费记录：{0}</source>
        <translation>The history could not be changed: {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_settle.py" line="165"/>
        <source>与第{0}行的月份重叠</source>
        <translation>Overlaps the months of row {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_model.py" line="280"/>
        <source>请先填写至少一个整年的记录</source>
        <translation>Please enter at least one whole-year record first</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_model.py" line="291"/>
        <source>按增长率填充未来年份</source>
        <translation>Fill future years by growth rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_settle.py" line="180"/>
        <source>月份 {0} 与第{1}行重复</source>
        <translation>Month {0} repeats row {1}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_settle.py" line="183"/>
        <source>期间早于14周岁</source>
        <translation>Period before age 14</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_wage_check.py" line="75"/>
        <source>缴费基数异常高，请核对（上限为 {0} 元，按上限缴费）</source>
        <extracomment>(region, first month, last month) -&gt; the highest ceiling of those months, or None</extracomment>
        <translation>Contribution base unusually high, please check (the ceiling is {0} yuan; contributions are paid on the ceiling)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_wage_check.py" line="76"/>
        <source>工资异常高，请核对（上限为 {0} 元，按上限缴费）</source>
        <translation>Wage unusually high, please check (the ceiling is {0} yuan; contributions are paid on the ceiling)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/paste_columns.py" line="126"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/paste_columns.py" line="126"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/paste_columns.py" line="127"/>
        <source>第{0}列 {1}</source>
        <translation>column {0} {1}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/paste_columns.py" line="130"/>
        <source>（两列合为“{0}”）</source>
        <translation> (the two columns make the “{0}”)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/paste_columns.py" line="135"/>
        <source>按表头读取：{0}。</source>
        <translation>Read by the header: {0}.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/paste_columns.py" line="136"/>
        <source>没有表头，按内容读取：{0}。如果不对，请在第一行加上表头（如 年份、月份、月工资、缴费月数）再粘贴。</source>
        <translation>No header, read by the values: {0}. If that is wrong, add a header as the first line (e.g. Year, Month, Wage, Months paid) and paste again.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_work_start.py" line="32"/>
        <source>{0} 年的 {1} 个月</source>
        <translation>{1} months of {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_work_start.py" line="38"/>
        <source>{0} 至 {1}，共 {2} 个月</source>
        <translation>{0} to {1}, {2} months</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/history_work_start.py" line="46"/>
        <source>参加工作时间（{0}）之前的月份也按缴费计入：{1}，请核对</source>
        <translation>Months before the work start ({0}) are counted as paid too: {1}; please check</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/paste_ranges.py" line="60"/>
        <source>“{0}”按 {1} 个单月各一行粘贴（{2} 至 {3}）</source>
        <extracomment>a month as a cell writes it: 2021-01, 2021.1, 2021年1月, or 202101 the longest run read as months (50 years)</extracomment>
        <translation>“{0}” pasted as one row per month, {1} rows ({2} to {3})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/paste_ranges.py" line="63"/>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>import_worker</name>
    <message>
        <location filename="../../shebao_desktop/gui/import_worker.py" line="70"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/import_worker.py" line="71"/>
        <source>正在读取</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/import_worker.py" line="81"/>
        <source>已读取 {0} 行…</source>
        <translation>{0} rows read…</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="20"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="20"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="24"/>
        <source>企业职工（工人岗位）</source>
        <translation>Enterprise employee (worker post)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="24"/>
        <source>企业职工（管理/技术岗位）</source>
        <translation>Enterprise employee (managerial/technical post)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="25"/>
        <location filename="../../shebao_desktop/gui/labels.py" line="29"/>
        <source>灵活就业</source>
        <translation>Flexible employment</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="29"/>
        <source>职工</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="35"/>
        <source>缴费</source>
        <translation>Contributing</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="35"/>
        <source>退休</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="35"/>
        <source>退休当年</source>
        <translation>Retirement year</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="36"/>
        <source>未缴费</source>
        <translation>No contributions</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="36"/>
        <source>未领取</source>
        <translation>Not drawing</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="40"/>
        <source>养老保险</source>
        <translation>Pension insurance</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="40"/>
        <source>医疗保险</source>
        <translation>Medical insurance</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="40"/>
        <source>失业保险</source>
        <translation>Unemployment insurance</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="41"/>
        <source>工伤保险</source>
        <translation>Work injury insurance</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="41"/>
        <source>生育保险</source>
        <translation>Maternity insurance</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="41"/>
        <source>住房公积金</source>
        <translation>Housing provident fund</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shebao_desktop/gui/labels.py" line="47"/>
        <source>%n 个月</source>
        <comment>a count of months</comment>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="53"/>
        <source>不能按月领取：缴费年限差 {0}才满最低 {1} 年</source>
        <translation>No monthly pension: {0} short of the minimum {1} years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="62"/>
        <source>缴到 {0} 满足</source>
        <translation>Met once paid to {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/labels.py" line="63"/>
        <source>缴到退休才满足</source>
        <translation>Met only if paid to retirement</translation>
    </message>
</context>
<context>
    <name>personal</name>
    <message>
        <location filename="../../shebao_desktop/gui/personal_fields.py" line="30"/>
        <source>知识分子</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/personal_fields.py" line="94"/>
        <source>过渡性养老金计发系数</source>
        <extracomment>the item a personal status changes the transitional coefficient by (not an add-on)</extracomment>
        <translation>transitional coefficient</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/personal_fields.py" line="96"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/personal_fields.py" line="98"/>
        <source>暂无</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/personal_fields.py" line="111"/>
        <source>个人身份“{0}”：按参保地区规定认定（例如学历、职称），只有部分地区的养老金规则为此提高计发系数或发放津贴，其他地区不影响结果。
使用此项的地区：{1}</source>
        <translation>Personal status “{0}”: as the insured region recognises it (e.g. by degree or professional title). Only some regions&apos; pension rules raise the coefficient or pay an allowance for it; elsewhere it changes nothing.
Regions that use it: {1}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/personal_fields.py" line="118"/>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/personal_fields.py" line="119"/>
        <location filename="../../shebao_desktop/gui/personal_fields.py" line="149"/>
        <source>未填写</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/personal_fields.py" line="120"/>
        <source>在参保地区的工作年限：有的地区按在本地工作的年数发放补贴（核定表上一般不印），不填则不计这些补贴；其他地区不影响结果。
使用此项的地区：{0}</source>
        <translation>Years worked in the insured region: some regions pay an allowance by the years worked there (approval forms usually do not print them). Left empty, such allowances are not counted; elsewhere it changes nothing.
Regions that use it: {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/personal_fields.py" line="124"/>
        <source>个人身份</source>
        <translation>Personal status</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/personal_fields.py" line="125"/>
        <source>在本地区工作年限</source>
        <translation>Years worked in the region</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/personal_fields.py" line="149"/>
        <source>本地区不使用</source>
        <translation>not used in this region</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../shebao_desktop/gui/printing.py" line="222"/>
        <source>无法打开打印设备或文件</source>
        <extracomment>table cells are white unless they say otherwise: the report&apos;s tables draw their grid as the table background showing between cells (report._TABLE) the document&apos;s dynamic property holding its key for the remembered page breaks (pagination) the text object type of a picture put where the HTML has its &lt;img&gt;</extracomment>
        <translation>Cannot open the printer or file</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/printing.py" line="246"/>
        <source>第 {n} 页，共 {total} 页</source>
        <translation>Page {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/printing.py" line="258"/>
        <location filename="../../shebao_desktop/gui/report.py" line="305"/>
        <source>社保养老金估算摘要</source>
        <translation>Pension estimate summary</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/printing.py" line="278"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/printing.py" line="291"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="24"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="27"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="29"/>
        <source>缴费基数</source>
        <translation>contribution base</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="29"/>
        <source>月工资</source>
        <translation>monthly wage</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="31"/>
        <source>1 行：{period}，缴费 {months} 个月（{regions}），{kind} {amount} 元</source>
        <translation>1 row: {period}, {months} months paid ({regions}), {kind} {amount} yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="34"/>
        <source>{n} 行，{first} 至 {last}，共记录 {months} 个月（{regions}；已缴与预计见估算结果）；最近一行 {period} {kind} {amount} 元</source>
        <translation>{n} rows, {first} to {last}, {months} months recorded in total ({regions}; paid and projected: see the results); latest row: {period}, {kind} {amount} yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="44"/>
        <source>截至 {as_of}：养老个人账户 {balance} 元，实际缴费 {years} 年，平均缴费指数 {index}</source>
        <translation>As of {as_of}: pension personal account {balance} yuan, {years} years actually paid, average contribution index {index}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="49"/>
        <source>；医保个人账户 {v} 元</source>
        <translation>; medical account {v} yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="51"/>
        <source>；住房公积金 {v} 元</source>
        <translation>; housing fund {v} yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="53"/>
        <source>；建账前缴费年限 {n} 年</source>
        <translation>; years before the personal account {n}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="55"/>
        <source>；过渡性指数 {i}</source>
        <translation>; transitional index {i}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="73"/>
        <source>已于 {month} 退休，不再缴费</source>
        <translation>Retired in {month}; no further contributions</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="76"/>
        <source>不再缴费</source>
        <translation>No further contributions</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="78"/>
        <source>继续缴费至退休，月工资 {w} 元起按本人工资增长率增长</source>
        <translation>Contributing until retirement, from a monthly wage of {w} yuan growing at the own wage growth rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="80"/>
        <source>继续缴费至退休，按最近一行的金额及本人工资增长率推算</source>
        <translation>Contributing until retirement, projected from the latest row&apos;s amount and the own wage growth rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="86"/>
        <source>未缴存</source>
        <translation>Not contributing</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="88"/>
        <source>当地最低比例</source>
        <translation>the local minimum rate</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="90"/>
        <source>同个人</source>
        <translation>the same as the employee</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="91"/>
        <source>个人 {employee}，单位 {employer}</source>
        <translation>Employee: {employee}; employer: {employer}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="100"/>
        <source>医保账户月支出 {v} 元</source>
        <translation>Medical account spending {v} yuan/month</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="113"/>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="65"/>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="101"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_inputs.py" line="64"/>
        <source>在本地区工作 {n} 年</source>
        <translation>{n} years worked in the region</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="79"/>
        <source>法定退休时间</source>
        <extracomment>a grid of 1-px lines drawn as the table&apos;s background between white cells (``printing`` makes cells white): Qt draws collapsed borders cell by cell, which took half the time of a PDF of a long table, and at print resolution they came out thinner than these lines a pair of blank cells; the last one not empty: after a table whose last cell is empty, Qt&apos;s HTML reader puts the next block (a section title) straight after it, without the empty block it adds after other tables, and the title&apos;s top margin is then dropped (the PDF&apos;s 提示 title sat on the 五险一金 table: trial pdf1/page-02.png)</extracomment>
        <translation>statutory retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="80"/>
        <source>自选弹性退休</source>
        <translation>chosen elective retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="82"/>
        <source>出生年月</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="83"/>
        <source>性别 / 类别</source>
        <translation>Gender / category</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="86"/>
        <source>参保地</source>
        <translation>Insured region</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="87"/>
        <source>参加工作</source>
        <translation>Started work</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="88"/>
        <source>视同缴费年限</source>
        <translation>Deemed contribution years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="88"/>
        <location filename="../../shebao_desktop/gui/report.py" line="91"/>
        <source>{n} 年</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="97"/>
        <source>退休时间</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="97"/>
        <source>{month}（{age}，{choice}）</source>
        <translation>{month} ({age}, {choice})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="99"/>
        <location filename="../../shebao_desktop/gui/report.py" line="257"/>
        <source>住房公积金</source>
        <translation>Housing fund</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="103"/>
        <source>未来缴费</source>
        <translation>Future contributions</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="104"/>
        <source>缴费记录</source>
        <translation>Contribution history</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="107"/>
        <source>个人身份 / 在本地区工作年限</source>
        <translation>Personal status / years worked in the region</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="110"/>
        <source>权益记录单</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="111"/>
        <source>假设</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="113"/>
        <source>自定义参数</source>
        <translation>Custom parameters</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="115"/>
        <source>（{month}起）</source>
        <translation> (from {month})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="99"/>
        <location filename="../../shebao_desktop/gui/report.py" line="154"/>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="91"/>
        <source>建账前缴费年限</source>
        <translation>Years before the account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="102"/>
        <source>过渡性指数</source>
        <translation>Transitional index</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="140"/>
        <source>（{how}）</source>
        <translation> ({how})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="168"/>
        <source>按现有年限算约 {0} 元/月{1}，满最低年限前不发放；补足后略高</source>
        <translation>On the years as they are about {0} yuan a month{1}, not paid before the minimum is met; a little more once paid up</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="172"/>
        <source>月养老金：</source>
        <translation>Monthly pension: </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="178"/>
        <source>已满足（累计 {have} 年，需 {need} 年）</source>
        <translation>Met ({have} years in total, {need} required)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="187"/>
        <source>基础养老金</source>
        <translation>Basic pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="188"/>
        <source>个人账户养老金</source>
        <translation>Account pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="189"/>
        <source>过渡性养老金</source>
        <translation>Transitional pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="192"/>
        <source>计发基数</source>
        <translation>Pension base</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="194"/>
        <source>替代率（对本人工资）</source>
        <translation>Replacement rate (vs. own wage)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="196"/>
        <source>替代率（对计发基数）</source>
        <translation>Replacement rate (vs. pension base)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="198"/>
        <source>退休时养老个人账户</source>
        <translation>Pension personal account at retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="200"/>
        <source>退休时医保个人账户</source>
        <translation>Medical account at retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="202"/>
        <source>退休时住房公积金</source>
        <translation>Housing fund at retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="203"/>
        <source>最低缴费年限</source>
        <translation>Minimum contribution years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="219"/>
        <source>险种</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="219"/>
        <source>个人缴纳</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="220"/>
        <source>单位缴纳</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="220"/>
        <source>计入个人账户</source>
        <translation>To personal account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="230"/>
        <source>— 无个人账户</source>
        <translation>— no personal account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="239"/>
        <source>{month}，{region}，缴费基数 {base} 元：</source>
        <translation>{month}, {region}, contribution base {base} yuan:</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="240"/>
        <source>{month}，{region}，社保缴费基数 {base} 元，住房公积金缴存基数 {fund} 元：</source>
        <translation>{month}, {region}, social insurance base {base} yuan, housing fund base {fund} yuan:</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="251"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="251"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="252"/>
        <source>阶段</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="253"/>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="253"/>
        <source>缴费指数</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="255"/>
        <source>缴费月数</source>
        <translation>Months paid</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="255"/>
        <source>平均缴费基数</source>
        <translation>Avg. base</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="256"/>
        <source>养老个人账户</source>
        <translation>Pension acct</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="256"/>
        <source>医保个人账户</source>
        <translation>Medical acct</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="258"/>
        <source>当年养老金</source>
        <translation>Pension that year</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="303"/>
        <source>金额按今日购买力折算（除以各年的通胀折算系数）</source>
        <extracomment>the last summary built and what it was built from (the profile and the estimate by identity: neither is changed in place, an edit makes new ones): the same summary printed again (the PDF exported again, a preview after it) is not built again (~15 ms: the parameters&apos; table)</extracomment>
        <translation>Amounts in today&apos;s money (divided by each year&apos;s inflation deflator)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="304"/>
        <source>金额为名义金额（当年的元）</source>
        <translation>Amounts are nominal (yuan of each year)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="307"/>
        <source>{title}（{name}）</source>
        <translation>{title} ({name})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="309"/>
        <source>打印日期 {date}&#x3000;·&#x3000;shebao-desktop {version}&#x3000;·&#x3000;估算基准月 {as_of}&#x3000;·&#x3000;{unit}</source>
        <translation>Printed {date} · shebao-desktop {version} · Estimate as of {as_of} · {unit}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="313"/>
        <source>基本情况</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="318"/>
        <source>养老金计算过程</source>
        <translation>How the pension is calculated</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/fan_chart.py" line="255"/>
        <location filename="../../shebao_desktop/gui/report.py" line="314"/>
        <source>估算结果</source>
        <translation>Estimate results</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="315"/>
        <location filename="../../shebao_desktop/gui/report.py" line="340"/>
        <source>（今日购买力）</source>
        <translation> (today&apos;s money)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="323"/>
        <source>每月缴费（五险一金）</source>
        <translation>Monthly contributions (social insurance + housing fund)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="326"/>
        <source>提示</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="330"/>
        <location filename="../../shebao_desktop/gui/report.py" line="374"/>
        <source>声明：</source>
        <translation>Disclaimer: </translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="331"/>
        <location filename="../../shebao_desktop/gui/report.py" line="375"/>
        <source>本摘要是按公开政策和您填写的信息所作的估算，不是官方数字；养老金以社会保险经办机构的核定为准。未公布的参数按所列方法推算（标 ※）。</source>
        <translation>This summary is an estimate based on public policy and the information you entered, not an official figure; the pension is as determined by the social insurance agency. Unpublished parameters are projected by the listed methods (marked ※).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="337"/>
        <source>账户余额走势</source>
        <translation>Account balance trends</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="339"/>
        <source>逐年明细</source>
        <translation>Year by year</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="341"/>
        <source>余额为年末数；退休当年的住房公积金在退休时提取。{mark} 该年用到估计参数。</source>
        <translation>Balances are year-end figures; in the retirement year the housing fund is withdrawn at retirement. {mark} marks years that use estimated parameters.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="345"/>
        <source>使用的参数及来源</source>
        <translation>Parameters used and their sources</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="346"/>
        <source>参数取值为公布或推算的名义数值。</source>
        <translation>Parameter values are published or projected nominal figures.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="152"/>
        <location filename="../../shebao_desktop/gui/report.py" line="174"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="158"/>
        <source>（{month} 起，基础养老金 {basic} + 个人账户养老金 {account} + 过渡性养老金 {transitional}{addons}）</source>
        <translation> (from {month}: basic pension {basic} + account pension {account} + transitional pension {transitional}{addons})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="179"/>
        <source>（退休时累计 {have} 年，其中已缴 {paid} 年、预计 {projected} 年；需 {need} 年）</source>
        <translation> ({have} years at retirement, of which {paid} paid and {projected} projected; {need} required)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="181"/>
        <source>不足：累计 {have} 年，需 {need} 年，差 {short}</source>
        <translation>Not met: {have} years in total, {need} required, {short} short</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="235"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report.py" line="215"/>
        <source>退休前没有缴费月份。</source>
        <translation>No contribution months before retirement.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_pension.py" line="31"/>
        <source>各项数字可与社会保险经办机构的养老金核定表对照；各参数的来源见“使用的参数及来源”。</source>
        <translation>Each figure can be checked against the pension approval form of the social insurance agency; the sources of the parameters are listed under “Parameters used and their sources”.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/report_pension.py" line="37"/>
        <source>过渡性养老金与地方加发项目</source>
        <translation>Transitional pension and regional add-ons</translation>
    </message>
</context>
<context>
    <name>sample</name>
    <message>
        <location filename="../../shebao_desktop/gui/sample.py" line="21"/>
        <location filename="../../shebao_desktop/gui/sample.py" line="39"/>
        <source>示例：北京企业职工（可直接修改）</source>
        <extracomment>the example&apos;s name as each language wrote it at the first start (the Chinese source and its English translation, resources/i18n/shebao_en.ts; a test keeps them equal)</extracomment>
        <translation>Example: Beijing enterprise employee (edit freely)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/sample.py" line="47"/>
        <source>新档案</source>
        <translation>New profile</translation>
    </message>
</context>
<context>
    <name>summary_page</name>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="63"/>
        <source>法定</source>
        <extracomment>a flexible worker with no housing fund: 不适用, as the window&apos;s card says (not &quot;0.00 元 ※&quot;) the profile&apos;s 继续缴费至退休 (the years of a plan short of the minimum rest on it)</extracomment>
        <translation>Statutory</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="64"/>
        <source>最早</source>
        <translation>Earliest</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="65"/>
        <source>最早（今后）</source>
        <translation>Earliest (from now)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="66"/>
        <source>最晚</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="68"/>
        <source>自选</source>
        <translation>Own choice</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="82"/>
        <source>年限按今后继续缴费至退休计算。</source>
        <translation>The years assume contributions continue until retirement.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="83"/>
        <source>年限按今后不再缴费计算（假设中未勾选“继续缴费至退休”）。</source>
        <translation>The years assume no further contributions (“Keep contributing until retirement” is unticked in the assumptions).</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="87"/>
        <source>若提前到 {0} 退休（该年最低 {1} 年），现有年限已够，见下表。</source>
        <translation>Retiring early in {0} (minimum {1} years that year), the years paid already suffice: see the table below.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="89"/>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="97"/>
        <source>{0} 元</source>
        <translation>{0} yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="98"/>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="195"/>
        <source>养老金估算一页摘要</source>
        <translation>Pension estimate on one page</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="100"/>
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="102"/>
        <source>{0}&#x3000;·&#x3000;估算基准月 {1}&#x3000;·&#x3000;打印日期 {2}&#x3000;·&#x3000;shebao-desktop {3}</source>
        <translation>{0} · as of {1} · printed {2} · shebao-desktop {3}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="106"/>
        <source>每月养老金（计划 {0} 退休）</source>
        <translation>Monthly pension (retiring {0} as planned)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="136"/>
        <source>不可领取（缴费差 {0}）</source>
        <translation>Not payable ({0} short of the minimum years)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="112"/>
        <source>按现有年限算约 {0} 元/月（今日购买力约 {1} 元），满最低年限前不发放；补足后略高</source>
        <translation>On the years as they are about {0} yuan a month ({1} yuan in today&apos;s money), not paid before the minimum is met; a little more once paid up</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="117"/>
        <source>今日购买力约 {0} 元</source>
        <translation>About {0} yuan in today&apos;s money</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="120"/>
        <source>（记账利率、工资增长、养老金调整取低/高假设）</source>
        <translation> (low/high credited interest, wage growth and pension adjustment)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="124"/>
        <source>三个退休时间比较</source>
        <translation>Three retirement months compared</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="125"/>
        <source>退休时间比较</source>
        <translation>Retirement months compared</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="128"/>
        <source>退休时间</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="128"/>
        <source>月养老金</source>
        <translation>Monthly pension</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="129"/>
        <source>今日购买力</source>
        <translation>Today&apos;s money</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="129"/>
        <source>回本年龄</source>
        <translation>Break-even age</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="132"/>
        <source>{0} 岁</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="139"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="144"/>
        <source>退休时三个账户余额</source>
        <translation>The three balances at retirement</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="146"/>
        <source>养老保险个人账户（未领完的余额可继承）</source>
        <translation>Pension account (what is not yet paid out can be inherited)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="147"/>
        <source>医保个人账户</source>
        <translation>Medical account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="148"/>
        <source>住房公积金（退休时可提取）</source>
        <translation>Housing fund (withdrawable at retirement)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="149"/>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="154"/>
        <source>金额为名义金额（当年的元），另注今日购买力。回本年龄：领取的养老金累计超过个人缴纳的养老保险费之时。这是按公开政策和本人填写的信息所作的估算（※ 含估计值），不是官方数字；以社会保险经办机构核定为准。完整报告（含参数及出处）可在“文件 → 导出PDF”中获得。</source>
        <translation>Amounts are nominal (yuan of the year), with today&apos;s money beside them. Break-even age: when the pension received passes the pension contributions you paid yourself. This is an estimate from published policy and the information you entered (※ includes estimated values), not an official figure; the social-insurance agency&apos;s calculation is final. The full report (with parameters and sources) is under File → Export PDF.</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="236"/>
        <source>PNG 图片，A4 (*.png)</source>
        <translation>PNG image, A4 (*.png)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="237"/>
        <source>PNG 图片，手机尺寸 (*.png)</source>
        <translation>PNG image, phone size (*.png)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="238"/>
        <source>PDF，A4 (*.pdf)</source>
        <translation>PDF, A4 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="239"/>
        <source>PDF，手机尺寸 (*.pdf)</source>
        <translation>PDF, phone size (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="244"/>
        <source>导出一页摘要</source>
        <translation>Export one-page summary</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="263"/>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="267"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/summary_page.py" line="268"/>
        <source>无法计算摘要中的比较，请检查输入。</source>
        <translation>The comparison in the summary cannot be calculated; please check the inputs.</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="39"/>
        <source>※ 这一年的数字用到了估计值（未公布的工资、基数或利率按假设推算）</source>
        <extracomment>the roles the tables answer; a view asks for about ten per cell</extracomment>
        <translation>※ This year&apos;s figures use estimates (unpublished wages, bases or rates projected from assumptions)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="279"/>
        <source>年份</source>
        <extracomment>the part of the estimate this figure belongs to (``YearLine.estimated_parts``): marked ※ when that part rests on an estimate the header&apos;s hover text: what the figure adds up (None: the title says it) after each reload (a reset or the changed cells signalled): the view may fit its columns whether a view shows the table now: then an edit words the changed rows at once and signals only the cells whose text changed (else they are worded when asked for)</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="280"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="281"/>
        <source>阶段</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="43"/>
        <source>{0}：{1}</source>
        <extracomment>a parameter&apos;s line in the hover text of a ※ year</extracomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="45"/>
        <source>按数据附注估计（附注为英文原文，见“计算过程”）</source>
        <extracomment>in Chinese, instead of a method note of the data (written in English only)</extracomment>
        <translation>estimated as the data&apos;s note says (see Calculation)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="46"/>
        <source>按数据附注估计（见“计算过程”）</source>
        <translation>estimated as the data&apos;s note says (see Calculation)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="47"/>
        <source>另有 {0} 项，见“计算过程”</source>
        <translation>{0} more: see Calculation</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="282"/>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="283"/>
        <source>缴费月数</source>
        <translation>Months paid</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="284"/>
        <source>平均缴费基数</source>
        <translation>Avg. base</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="285"/>
        <source>缴费指数</source>
        <translation>Contrib. index</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="287"/>
        <source>个人缴费合计</source>
        <translation>Employee total</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="289"/>
        <source>全年本人缴纳的养老、医疗、失业保险费和住房公积金（个人部分）之和；各项见“五险一金月缴费”</source>
        <translation>The year&apos;s own pension, medical and unemployment contributions and housing fund deposits (the employee&apos;s part) together; each under “Monthly contributions”</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="291"/>
        <source>单位缴费合计</source>
        <translation>Employer total</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="293"/>
        <source>全年单位缴纳的五险和住房公积金（单位部分）之和；各项见“五险一金月缴费”</source>
        <translation>The year&apos;s employer contributions to the five insurances and the housing fund together; each under “Monthly contributions”</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="295"/>
        <source>养老账户记入</source>
        <translation>Pension acct credited</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="296"/>
        <source>养老账户利息</source>
        <translation>Pension acct interest</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="297"/>
        <source>养老账户年末</source>
        <translation>Pension acct (end)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="298"/>
        <source>医保账户年末</source>
        <translation>Medical acct (end)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="300"/>
        <source>公积金年末</source>
        <translation>Housing fund (end)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="302"/>
        <source>当年领取养老金</source>
        <translation>Pension received</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="359"/>
        <source>项目</source>
        <extracomment>the amounts resting on an estimated rate in force that month (marked ※): employee, employer, account</extracomment>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="360"/>
        <source>个人每月</source>
        <translation>Employee/month</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="362"/>
        <source>单位每月</source>
        <translation>Employer/month</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="364"/>
        <source>计入个人账户</source>
        <translation>To account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="366"/>
        <source>有无个人账户</source>
        <translation>Personal account?</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="366"/>
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/tables.py" line="367"/>
        <source>无（统筹基金）</source>
        <translation>No (pooled fund)</translation>
    </message>
</context>
<context>
    <name>today_money</name>
    <message>
        <location filename="../../shebao_desktop/gui/today_money.py" line="22"/>
        <source>通货膨胀</source>
        <translation>inflation</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/today_money.py" line="29"/>
        <source>{0} 年 {1} 元 ≈ 今日 {2} 元（{3}）</source>
        <translation>{1} yuan in {0} ≈ {2} yuan today ({3})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/today_money.py" line="39"/>
        <source>≈ {0} 年 {1} 元（{2}）</source>
        <translation>≈ {1} in {0} ({2})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/today_money.py" line="41"/>
        <source>≈ 今日 {0} 元（{1}）</source>
        <translation>≈ {0} today ({1})</translation>
    </message>
</context>
<context>
    <name>transitional</name>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="46"/>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="79"/>
        <source>已填写</source>
        <translation>entered</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="47"/>
        <source>按缴费记录中 {0} 以前的月份加视同缴费年限推算</source>
        <translation>derived: months paid before {0} in the record plus the deemed years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="48"/>
        <source>按缴费记录中 {0} 以前的月份加视同缴费年限推算；已记入其他地区个人账户的月份不计（见提示），如当地审批表计入，请在此填写</source>
        <translation>derived: months paid before {0} in the record plus the deemed years, less those another region credited to a personal account (see the notices); if the local approval form counts them, enter the years here</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="51"/>
        <source>按参加工作时间至 {0} 推算</source>
        <translation>derived: from the work start to {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="52"/>
        <source>等于视同缴费年限（未填参加工作时间，无 {0} 以前的缴费记录）</source>
        <translation>the deemed years (no work start given, no payments recorded before {0})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="53"/>
        <source>等于视同缴费年限（参加工作时间在 {0} 个人账户建立之后）</source>
        <translation>equal to the deemed years (your work start is after the personal account opened in {0})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="55"/>
        <source>等于视同缴费年限（参加工作时间至 {0} 的年限不多于视同缴费年限）</source>
        <translation>equal to the deemed years (the years from your work start to {0} are not more than the deemed years)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="59"/>
        <source>。这段工龄通常认定为视同缴费年限，它也计入缴费年限：记录单或审批表上有视同缴费年限的，请在“视同缴费年限”填写（本程序不自行认定）</source>
        <translation>. Such service is usually recognised as deemed contribution years, which also count as contribution years: if your statement or approval form shows deemed years, enter them under &quot;Deemed contribution years&quot; (this program does not decide them)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="61"/>
        <source>建账前缴费年限 {0} 年：{1}</source>
        <translation>Years before the personal account {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="69"/>
        <source>本地区过渡性养老金按指数 1 计</source>
        <translation>this region&apos;s transitional pension uses index 1</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="71"/>
        <source>本地区过渡性养老金使用平均缴费指数</source>
        <translation>this region&apos;s transitional pension uses the average index</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="73"/>
        <source>本地区过渡性养老金使用 (1 + 过渡性指数) ÷ 2，过渡性指数已填写</source>
        <translation>the transitional pension here uses (1 + transitional index) ÷ 2, with the index you entered</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="75"/>
        <source>本地区过渡性养老金使用 (1 + 平均缴费指数) ÷ 2</source>
        <translation>this region&apos;s transitional pension uses (1 + the average index) ÷ 2</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="77"/>
        <source>本地区过渡性养老金使用平均缴费指数，低于 1 时按 1</source>
        <translation>this region&apos;s transitional pension uses the average index, at least 1</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="81"/>
        <source>未填写，按本地区默认（{0}）</source>
        <translation>not entered: the region&apos;s default ({0})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="82"/>
        <source>平均缴费指数</source>
        <translation>average contribution index</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="83"/>
        <source>指数 1</source>
        <translation>index 1</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="85"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="86"/>
        <source>过渡性指数 {0}：{1}</source>
        <translation>Transitional index {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="90"/>
        <source>建账前缴费年限</source>
        <comment>in a sentence</comment>
        <translation>years before the personal account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="96"/>
        <source>；另计 {0} 年实际缴费（指数为本人平均缴费指数 {1}）</source>
        <translation>; plus {0} years actually paid (at your average index {1})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="98"/>
        <source>；另计 {0} 年实际缴费（指数 {1}，已填写）</source>
        <translation>; plus {0} years actually paid (index {1}, as entered)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="114"/>
        <source>地方加发项目：本地区没有</source>
        <translation>Regional add-ons: none in this region</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="124"/>
        <source>地方加发项目（每月，补足最低缴费年限后才发）：{0}</source>
        <translation>Regional add-ons (monthly, paid only once the minimum years are met): {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="150"/>
        <source>建账前缴费年限</source>
        <translation>Years before personal account</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="92"/>
        <source>视同缴费年限</source>
        <translation>deemed years</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="93"/>
        <source>过渡性养老金计算年限 {0} 年（本地区按{1}计）</source>
        <translation>Transitional pension counts {0} years (this region counts the {1})</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="101"/>
        <source>；另加虚账实记 {0} ÷ {1} = {2} 元</source>
        <translation>; plus the notional account {0} ÷ {1} = {2} yuan</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="115"/>
        <source>地方加发项目：本次未计入（原因见“计算过程”）</source>
        <translation>Regional add-ons: none counted (why: see Calculation)</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="123"/>
        <source>地方加发项目（每月）：{0}</source>
        <translation>Regional add-ons (monthly): {0}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="140"/>
        <source> 年</source>
        <translation> yr</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="140"/>
        <source>按地区规则推算</source>
        <translation>derived by the region&apos;s rule</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="142"/>
        <source>建账前缴费年限：当地建立个人账户以前的年限（含视同缴费年限），核定表上常见；不填时按参加工作时间、缴费记录和本地区建账时间推算</source>
        <translation>Years before the personal account: the years before the region opened personal accounts (deemed years included), as printed on approval forms; when empty they are derived from the work start, the record and the month the region opened accounts</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="145"/>
        <source>按地区默认</source>
        <translation>region&apos;s default</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="146"/>
        <source>过渡性指数（又称视同缴费指数、1997年底指数），核定表上常见；不填时按本地区默认</source>
        <translation>Transitional index (also deemed-years index, index at the end of 1997), as printed on approval forms; when empty the region&apos;s default is used</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/transitional_box.py" line="151"/>
        <source>过渡性指数</source>
        <translation>Transitional index</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../shebao_desktop/gui/widgets.py" line="63"/>
        <source>年月，例如 1990-05 或 199005</source>
        <translation>Year and month, e.g. 1990-05 or 199005</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/widgets.py" line="71"/>
        <source>“{0}”不是 {1} 至 {2} 之间的年月，已恢复为 {3}</source>
        <translation>“{0}” is not a month from {1} to {2}; back to {3}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/widgets.py" line="226"/>
        <source>无法读取“{0}”：应为 {1} 至 {2} 之间的数字（如 185000、185,000.50、¥190,000 或 19万），已恢复为 {3}</source>
        <extracomment>a figure as the field shows it (185,000.00, 12.50, -3): read here, without the reader below</extracomment>
        <translation>Cannot read “{0}”: enter a number from {1} to {2} (such as 185000, 185,000.50, ¥190,000 or 19万); back to {3}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/widgets.py" line="229"/>
        <source>无法读取“{0}”：应为 {1} 至 {2} 之间的年数（如 19.33 或 19年4个月），已恢复为 {3}</source>
        <translation>Cannot read “{0}”: enter years between {1} and {2} (e.g. 19.33 or 19 years 4 months); put back to {3}</translation>
    </message>
    <message>
        <location filename="../../shebao_desktop/gui/widgets.py" line="231"/>
        <source>无法读取“{0}”：应为 {1} 至 {2} 之间的数字，已恢复为 {3}</source>
        <translation>Cannot read “{0}”: enter a number from {1} to {2}; back to {3}</translation>
    </message>
</context>
</TS>
