using Bogus;
using PropertySaaS.Api.Features.Calendar;
using PropertySaaS.Api.Features.ServiceDesk;

namespace PropertySaaS.Api.Demo;

/// <summary>
/// Months of service-desk history for the demo companies and the benchmark (issue 15 §9): requests of every type and
/// channel spread over the period, each with its limits computed by <see cref="ServiceDeadlines"/> on the estate's
/// calendar, a timeline through the statuses of <see cref="ServiceRequestTransitions"/>, most finished on time, some
/// late, ratings, and a share still open now (the newest mostly, a few stuck for weeks). Deterministic for a seed.
/// Rows are returned, not saved: the demo adds them through EF, the benchmark copies them with COPY.
/// </summary>
public static class ServiceDeskHistory
{
    /// <summary>One estate: its calendar, the homes that report (unit + a resident), and who handles requests.</summary>
    public sealed record Estate(Guid EstateId, WorkingCalendar Calendar, IReadOnlyList<Home> Homes, IReadOnlyList<Handler> Desk,
        IReadOnlyList<Handler> Engineers, Guid? EngineeringDepartmentId);

    public sealed record Home(Guid UnitId, Guid? PersonId, string? Name, string? Phone);

    public sealed record Handler(Guid StaffMemberId, string? UserId, string Name);

    public sealed class History
    {
        public List<ServiceRequest> Requests { get; } = [];
        public List<ServiceRequestEvent> Events { get; } = [];
        public List<ServiceDeadline> Deadlines { get; } = [];
        /// <summary>The document sequences the numbers used ("sr-BX-202612" → next number), so live intake continues after them.</summary>
        public Dictionary<string, long> Sequences { get; } = [];
    }

    private static readonly (ServiceRequestType Type, int Weight)[] Types =
    [
        (ServiceRequestType.Repair, 50), (ServiceRequestType.Inquiry, 18), (ServiceRequestType.HomeService, 10), (ServiceRequestType.Complaint, 7),
        (ServiceRequestType.Other, 6), (ServiceRequestType.Suggestion, 5), (ServiceRequestType.Praise, 4),
    ];

    private static readonly (ServiceChannel Channel, int Weight)[] Channels =
    [
        (ServiceChannel.ResidentPortal, 36), (ServiceChannel.Phone, 34), (ServiceChannel.WalkIn, 15), (ServiceChannel.FieldStaff, 8),
        (ServiceChannel.Email, 3), (ServiceChannel.Letter, 2), (ServiceChannel.ForwardedByHq, 2),
    ];

    private static readonly Dictionary<ServiceRequestType, (string Category, string[] Texts)[]> Topics = new()
    {
        [ServiceRequestType.Repair] =
        [
            ("给排水", ["厨房水槽下水管漏水", "卫生间地漏堵塞返味", "阳台水管滴水", "马桶水箱不停流水"]),
            ("电气", ["客厅插座没电", "卫生间浴霸跳闸", "入户配电箱漏电保护频繁跳闸"]),
            ("门窗", ["入户门锁芯卡住", "卧室窗户关不严漏风", "阳台推拉门滑轮损坏"]),
            ("公共照明", ["楼道感应灯不亮", "地下车库照明损坏"]),
            ("电梯", ["电梯按钮失灵", "电梯运行有异响"]),
            ("墙面渗漏", ["外墙渗水导致卧室墙面发霉", "楼上漏水天花板有水渍"]),
        ],
        [ServiceRequestType.Inquiry] = [("费用", ["物业费缴费方式咨询", "水费计费标准咨询"]), ("办事", ["装修手续怎么办理", "门禁卡补办流程"])],
        [ServiceRequestType.HomeService] = [("家政", ["空调清洗预约", "开荒保洁预约"]), ("维修", ["更换灯具", "安装晾衣架"])],
        [ServiceRequestType.Complaint] =
        [
            ("C1", ["维修师傅上门迟到两小时", "报修三天无人处理"]), ("C2", ["夜间装修噪音扰民", "楼下烧烤油烟"]),
            ("C3", ["垃圾清运不及时", "楼道卫生差"]), ("C4", ["小区外来车辆乱停", "门岗未登记放行访客"]),
            ("C5", ["物业费账单金额有误"]), ("C6", ["绿化带长期无人修剪"]),
        ],
        [ServiceRequestType.Other] = [("其他", ["开具物业证明", "借用会议室"])],
        [ServiceRequestType.Suggestion] = [("建议", ["建议增设电动车充电桩", "建议延长游泳池开放时间"])],
        [ServiceRequestType.Praise] = [("表扬", ["感谢保安帮忙搬运重物", "维修师傅服务热情"])],
    };

    public static History Generate(int seed, IReadOnlyList<Estate> estates, DateTime now, int count, int months, double openShare)
    {
        var f = new Randomizer(seed);
        var history = new History();
        var start = now.AddMonths(-months);
        var span = (now - start).Ticks;
        // Received instants, oldest first; the open ones are mostly the newest, a few older ones are stuck.
        var received = Enumerable.Range(0, count).Select(_ => start.AddTicks((long)(f.Double() * span))).Order().ToArray();
        var open = new bool[count];
        var openTotal = (int)Math.Round(count * openShare);
        var recentOpen = openTotal * 7 / 10;
        var recentPool = Math.Min(count, recentOpen * 12 / 10);
        foreach (var i in f.Shuffle(Enumerable.Range(count - recentPool, recentPool)).Take(recentOpen)) open[i] = true;
        foreach (var i in f.Shuffle(Enumerable.Range(0, count - recentPool)).Take(openTotal - recentOpen)) open[i] = true;

        for (var i = 0; i < count; i++)
        {
            var estate = estates[f.Number(estates.Count - 1)];
            var r = NewRequest(f, estate, received[i], now);
            history.Requests.Add(r);
            var local = estate.Calendar.Local(new DateTimeOffset(r.ReceivedAt, TimeSpan.Zero));
            var sequence = $"sr-{ServiceRequestNumbers.Prefix(r.Type)}-{local:yyyyMM}";
            var next = history.Sequences.GetValueOrDefault(sequence, 1);
            history.Sequences[sequence] = next + 1;
            r.Number = ServiceRequestNumbers.Format(r.Type, local, next);
            Live(f, r, estate, now, open[i]);
            history.Events.AddRange(r.Timeline);
            history.Deadlines.AddRange(r.Deadlines);
        }
        return history;
    }

    private static ServiceRequest NewRequest(Randomizer f, Estate estate, DateTime receivedAt, DateTime now)
    {
        var type = Pick(f, Types);
        var channel = type == ServiceRequestType.Complaint && f.Double() < 0.1 ? f.ArrayElement([ServiceChannel.Letter, ServiceChannel.Email]) : Pick(f, Channels);
        var topic = f.ArrayElement(Topics[type]);
        var commonArea = type == ServiceRequestType.Repair && topic.Category is "公共照明" or "电梯";
        var home = estate.Homes[f.Number(estate.Homes.Count - 1)];
        var r = new ServiceRequest
        {
            Number = "", Type = type, Channel = channel, ReceivedAt = receivedAt, RecordedAt = receivedAt.AddMinutes(f.Number(0, 5)),
            EstateId = estate.EstateId, UnitId = commonArea ? null : home.UnitId, Location = commonArea ? $"{f.Number(1, 6)}栋" : null,
            ReporterPersonId = home.PersonId, ContactName = home.Name, ContactPhone = home.Phone,
            Description = f.ArrayElement(topic.Texts), Category = topic.Category,
            Urgency = type is ServiceRequestType.Repair or ServiceRequestType.HomeService
                ? (type == ServiceRequestType.Repair && f.Double() < 0.08 ? RepairUrgency.Emergency : RepairUrgency.Ordinary) : null,
        };
        if (r.Urgency == RepairUrgency.Ordinary && f.Double() < 0.3)
        {
            var chosen = receivedAt.AddHours(f.Number(4, 40));
            if (chosen < now || f.Bool()) r.AppointmentAt = chosen;
        }
        foreach (var (kind, due) in ServiceDeadlines.AtIntake(r.Type, r.Channel, r.Urgency, r.ReceivedAt, r.AppointmentAt, estate.Calendar))
            r.Deadlines.Add(ServiceDeadlines.Row(r, kind, r.ReceivedAt, due));
        return r;
    }

    /// <summary>Walks the request through its life up to now (finished, or stopped at an open step).</summary>
    private static void Live(Randomizer f, ServiceRequest r, Estate estate, DateTime now, bool staysOpen)
    {
        var desk = estate.Desk[f.Number(estate.Desk.Count - 1)];
        var deskActor = new Actor(desk.UserId ?? "staff:" + desk.StaffMemberId, desk.Name);
        var portal = r.Channel == ServiceChannel.ResidentPortal;
        var reporter = new Actor(portal ? "resident:" + r.ReporterPersonId : deskActor.UserId, portal ? r.ContactName ?? "业主" : desk.Name);
        r.Status = ServiceRequestStatus.Received;
        r.Log(ServiceAction.Received, reporter, r.RecordedAt).ToStatus = ServiceRequestStatus.Received;
        if (!portal) r.ReceivedBy(deskActor, r.RecordedAt);

        // Where an open request stops; a finished one goes all the way.
        var stop = staysOpen ? f.WeightedRandom(
            [ServiceRequestStatus.Received, ServiceRequestStatus.Dispatched, ServiceRequestStatus.Accepted, ServiceRequestStatus.InProgress, ServiceRequestStatus.Completed],
            [0.15f, 0.25f, 0.2f, 0.25f, 0.15f]) : ServiceRequestStatus.Closed;
        var late = f.Double() < 0.12;
        var t = r.RecordedAt;
        DateTime Wait(double minMinutes, double maxMinutes)
        {
            var next = t.AddMinutes(minMinutes + f.Double() * (maxMinutes - minMinutes));
            t = next > now && !staysOpen ? now : next;
            return t;
        }
        // A finished request always reaches its end (its last steps at most now); an open one stops at the first step
        // that would lie in the future.
        bool Reached() => !staysOpen || t < now;

        var handled = r.Type is ServiceRequestType.Repair or ServiceRequestType.HomeService or ServiceRequestType.Complaint;
        if (!handled)
        {
            // Inquiries, suggestions, praise and the like are answered by the desk (§5), the same day mostly; open ones
            // wait for their answer or for closing.
            if (stop == ServiceRequestStatus.Received) return;
            if (staysOpen) stop = ServiceRequestStatus.Completed;
            Wait(10, late ? 3000 : 400);
            if (!Reached()) return;
            r.ReceivedBy(deskActor, t);
            r.Move(ServiceRequestStatus.Completed, ServiceAction.Completed, deskActor, t, "已答复");
            r.CompletedAt = t;
            Meet(r, t);
            if (stop == ServiceRequestStatus.Completed) return;
            Wait(60, 2000);
            if (!Reached()) return;
            r.Move(ServiceRequestStatus.Closed, ServiceAction.Closed, deskActor, t);
            r.ClosedAt = t;
            return;
        }

        var handler = r.Type == ServiceRequestType.Complaint ? desk : estate.Engineers[f.Number(estate.Engineers.Count - 1)];
        var handlerActor = new Actor(handler.UserId ?? "staff:" + handler.StaffMemberId, handler.Name);
        var emergency = r.Urgency == RepairUrgency.Emergency;
        if (stop == ServiceRequestStatus.Received) return;
        Wait(2, emergency ? 8 : 40);
        if (!Reached()) return;
        r.ReceivedBy(deskActor, t);
        r.AssignedStaffMemberId = handler.StaffMemberId;
        r.AssignedUserId = handler.UserId;
        r.AssignedDepartmentId = r.Type == ServiceRequestType.Complaint ? null : estate.EngineeringDepartmentId;
        r.Move(ServiceRequestStatus.Dispatched, ServiceAction.Dispatched, deskActor, t, handler.Name);
        if (stop == ServiceRequestStatus.Dispatched) return;
        Wait(1, emergency ? 6 : late ? 300 : 90);
        if (!Reached()) return;
        r.Move(ServiceRequestStatus.Accepted, ServiceAction.Accepted, handlerActor, t);
        Meet(r, t, ServiceDeadlineKind.Acknowledge, ServiceDeadlineKind.Appointment);
        if (stop == ServiceRequestStatus.Accepted) return;
        var onSite = r.Deadlines.FirstOrDefault(d => d.Kind == ServiceDeadlineKind.OnSite)?.DueAt;
        if (onSite is { } due && due > t && !late) t = t.AddTicks((long)((due - t).Ticks * (0.3 + 0.6 * f.Double())));
        else Wait(emergency ? 10 : 60, late ? 3000 : 600);
        if (!Reached()) return;
        r.Move(ServiceRequestStatus.InProgress, ServiceAction.Started, handlerActor, t);
        Meet(r, t, ServiceDeadlineKind.Acknowledge, ServiceDeadlineKind.Appointment, ServiceDeadlineKind.OnSite, ServiceDeadlineKind.Reply);
        if (stop == ServiceRequestStatus.InProgress) return;
        Wait(20, late ? 6000 : 240);
        if (!Reached()) return;
        r.Move(ServiceRequestStatus.Completed, ServiceAction.Completed, handlerActor, t, "已处理完毕");
        r.CompletedAt = t;
        r.CompletionNotes = "已处理完毕";
        Meet(r, t);
        if (ServiceDeadlines.ReturnVisitDue(r.Type, t, estate.Calendar) is { } visitDue)
            r.Deadlines.Add(ServiceDeadlines.Row(r, ServiceDeadlineKind.ReturnVisit, t, visitDue));
        if (stop == ServiceRequestStatus.Completed) return;

        var rating = f.WeightedRandom([5, 4, 3, 2, 1], [0.6f, 0.25f, 0.09f, 0.04f, 0.02f]);
        if (r.Type != ServiceRequestType.Complaint)
        {
            Wait(5, 120);
            var resident = new Actor("resident:" + r.ReporterPersonId, r.ContactName ?? "业主");
            r.Move(ServiceRequestStatus.SignedOff, ServiceAction.SignedOff, portal ? resident : handlerActor, t, portal ? null : "住户现场签字");
            r.SignedOffAt = t;
            r.Rating = rating;
        }
        Wait(120, late ? 5000 : 1200);
        r.Move(ServiceRequestStatus.ReturnVisited, ServiceAction.ReturnVisited, deskActor, t, rating >= 3 ? "满意" : "不满意，已致歉并跟进");
        r.ReturnVisitSatisfied = rating >= 3;
        r.Rating ??= rating;
        Meet(r, t, ServiceDeadlineKind.ReturnVisit);
        Wait(10, 600);
        r.Move(ServiceRequestStatus.Closed, ServiceAction.Closed, deskActor, t);
        r.ClosedAt = t;
        Step.VoidOpen(r, t);
    }

    private static void Meet(ServiceRequest r, DateTime at, params ServiceDeadlineKind[] kinds) => Step.Meet(r, at, kinds);

    /// <summary>One value by its weight (Bogus wants weights that add up to 1).</summary>
    private static T Pick<T>(Randomizer f, (T Value, int Weight)[] options)
    {
        float total = options.Sum(o => o.Weight);
        return f.WeightedRandom(options.Select(o => o.Value).ToArray(), options.Select(o => o.Weight / total).ToArray());
    }
}
