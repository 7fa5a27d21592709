using System.Net;
using System.Text.Json.Nodes;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace PropertySaaS.Api.Tests.Tenancy;

/// <summary>
/// Every Query and Mutation field that takes an ID, read from the schema: given the id of a record of another company,
/// another estate or another household, it answers exactly as for an id that does not exist, and changes nothing.
/// A new ID argument fails <see cref="Every_ID_argument_of_the_schema_is_in_the_table"/> until it has a line in
/// <see cref="Kinds"/>.
/// </summary>
public sealed class ForeignIdTests(ForeignIdTests.Fixture fx) : IClassFixture<ForeignIdTests.Fixture>
{
    /// <summary>
    /// What each ID argument names. Teaching the suite a new argument is one line here; a new kind of record is a value of
    /// <see cref="IdKind"/> and a line in <see cref="IsolationWorld"/>'s builder.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IdKind> Kinds = new Dictionary<string, IdKind>
    {
        // Queries
        ["estate.id"] = IdKind.Estate,
        ["units.filter.estateId"] = IdKind.Estate,
        ["units.filter.buildingId"] = IdKind.Building,
        ["unit.id"] = IdKind.Unit,
        ["people.estateId"] = IdKind.Estate,
        ["departments.estateId"] = IdKind.Estate,
        ["staff.estateId"] = IdKind.Estate,
        ["feeItems.estateId"] = IdKind.Estate,
        ["billingRuns.estateId"] = IdKind.Estate,
        ["unitLedger.unitId"] = IdKind.Unit,
        ["unitArrears.unitId"] = IdKind.Unit,
        ["meterReadings.unitId"] = IdKind.Unit,
        ["unitAccount.unitId"] = IdKind.Unit,
        ["payments.unitId"] = IdKind.Unit,
        ["payments.estateId"] = IdKind.Estate,
        ["payments.shiftId"] = IdKind.Shift,
        ["advancePaymentQuote.unitId"] = IdKind.Unit,
        ["myOpenShift.estateId"] = IdKind.Estate,
        ["cashierShifts.estateId"] = IdKind.Estate,
        ["arrears.estateId"] = IdKind.Estate,
        ["arrearsReminders.unitId"] = IdKind.Unit,
        ["bankMandate.unitId"] = IdKind.Unit,
        ["bankCollectionBatches.estateId"] = IdKind.Estate,
        ["onlineCheckout.id"] = IdKind.Checkout,
        ["workingCalendar.estateId"] = IdKind.Estate,
        ["serviceRequests.estateId"] = IdKind.Estate,
        ["serviceRequests.filter.assigneeStaffMemberId"] = IdKind.StaffMember,
        ["serviceRequest.id"] = IdKind.ServiceRequest,
        ["serviceStockTake.estateId"] = IdKind.Estate,
        ["serviceHandlers.estateId"] = IdKind.Estate,
        ["escalationChain.estateId"] = IdKind.Estate,
        ["publishedChannels.estateId"] = IdKind.Estate,
        // Mutations
        ["addCalendarDay.input.estateId"] = IdKind.Estate,
        ["removeCalendarDay.input.id"] = IdKind.CalendarDay,
        ["setWorkingHours.input.estateId"] = IdKind.Estate,
        ["createBuilding.input.estateId"] = IdKind.Estate,
        ["createUnit.input.buildingId"] = IdKind.Building,
        ["updateUnit.input.id"] = IdKind.Unit,
        ["addOwner.input.unitId"] = IdKind.Unit,
        ["addOwner.input.personId"] = IdKind.Person,
        ["endOwnership.input.ownershipId"] = IdKind.Ownership,
        ["addTenancy.input.unitId"] = IdKind.Unit,
        ["addTenancy.input.personId"] = IdKind.Person,
        ["endTenancy.input.tenancyId"] = IdKind.Tenancy,
        ["addHouseholdMember.input.unitId"] = IdKind.Unit,
        ["addHouseholdMember.input.personId"] = IdKind.Person,
        ["createStaffMember.input.departmentId"] = IdKind.Department,
        ["createStaffMember.input.estateIds"] = IdKind.Estate,
        ["inviteStaff.input.estateIds"] = IdKind.Estate,
        ["setStaffRoles.input.estateIds"] = IdKind.Estate,
        ["createIntegrationClient.input.estateIds"] = IdKind.Estate,
        ["issueResidentInvitation.unitId"] = IdKind.Unit,
        ["issueResidentInvitation.personId"] = IdKind.Person,
        ["createFeeItem.input.estateId"] = IdKind.Estate,
        ["addFeeRate.input.feeItemId"] = IdKind.FeeItem,
        ["startBillingRun.input.estateId"] = IdKind.Estate,
        ["adjustBill.input.billId"] = IdKind.Bill,
        ["recordMeterReading.input.unitId"] = IdKind.Unit,
        ["recordPayment.input.unitId"] = IdKind.Unit,
        ["recordPayment.input.billIds"] = IdKind.Bill,
        ["chargeOneOff.input.unitId"] = IdKind.Unit,
        ["chargeOneOff.input.feeItemId"] = IdKind.FeeItem,
        ["reissueReceipt.input.paymentId"] = IdKind.Payment,
        ["openShift.input.estateId"] = IdKind.Estate,
        ["closeShift.input.shiftId"] = IdKind.Shift,
        ["reconcileShift.input.shiftId"] = IdKind.Shift,
        ["sendArrearsReminders.input.estateId"] = IdKind.Estate,
        ["sendArrearsReminders.input.unitIds"] = IdKind.Unit,
        ["setBankMandate.input.unitId"] = IdKind.Unit,
        ["createBankCollectionBatch.input.estateId"] = IdKind.Estate,
        ["importBankCollectionResult.input.batchId"] = IdKind.BankBatch,
        ["importUnits.input.estateId"] = IdKind.Estate,
        ["createCheckoutSession.input.unitId"] = IdKind.Unit,
        ["createCheckoutSession.input.billIds"] = IdKind.Bill,
        ["refundPayment.input.paymentId"] = IdKind.Payment,
        ["refundPaymentAnomaly.input.anomalyId"] = IdKind.Anomaly,
        ["dismissPaymentAnomaly.input.anomalyId"] = IdKind.Anomaly,
        ["reportServiceRequest.input.unitId"] = IdKind.Unit,
        ["recordServiceRequest.input.estateId"] = IdKind.Estate,
        ["recordServiceRequest.input.unitId"] = IdKind.Unit,
        ["recordServiceRequest.input.reporterPersonId"] = IdKind.Person,
        ["dispatchServiceRequest.input.requestId"] = IdKind.ServiceRequest,
        ["dispatchServiceRequest.input.departmentId"] = IdKind.Department,
        ["dispatchServiceRequest.input.staffMemberId"] = IdKind.StaffMember,
        ["reassignServiceRequest.input.requestId"] = IdKind.ServiceRequest,
        ["reassignServiceRequest.input.departmentId"] = IdKind.Department,
        ["reassignServiceRequest.input.staffMemberId"] = IdKind.StaffMember,
        ["acceptServiceRequest.input.requestId"] = IdKind.ServiceRequest,
        ["rejectServiceRequest.input.requestId"] = IdKind.ServiceRequest,
        ["startServiceWork.input.requestId"] = IdKind.ServiceRequest,
        ["completeServiceRequest.input.requestId"] = IdKind.ServiceRequest,
        ["completeServiceRequest.input.photoIds"] = IdKind.Attachment,
        ["signOffServiceRequest.input.requestId"] = IdKind.ServiceRequest,
        ["recordReturnVisit.input.requestId"] = IdKind.ServiceRequest,
        ["closeServiceRequest.input.requestId"] = IdKind.ServiceRequest,
        ["reopenServiceRequest.input.requestId"] = IdKind.ServiceRequest,
        ["cancelServiceRequest.input.requestId"] = IdKind.ServiceRequest,
        ["changeServiceDeadline.input.requestId"] = IdKind.ServiceRequest,
        ["complaintStatistics.estateId"] = IdKind.Estate,
        ["visitQuotas.estateId"] = IdKind.Estate,
        ["serviceKpis.estateId"] = IdKind.Estate,
        ["customerVisits.estateId"] = IdKind.Estate,
        ["classifyComplaint.input.requestId"] = IdKind.ServiceRequest,
        ["flagComplaint.input.requestId"] = IdKind.ServiceRequest,
        ["decideComplaintValidity.input.requestId"] = IdKind.ServiceRequest,
        ["recordComplaintPlan.input.requestId"] = IdKind.ServiceRequest,
        ["recordComplaintHandling.input.requestId"] = IdKind.ServiceRequest,
        ["advanceComplaint.input.requestId"] = IdKind.ServiceRequest,
        ["submitComplaintReport.input.requestId"] = IdKind.ServiceRequest,
        ["recordComplaintClaim.input.requestId"] = IdKind.ServiceRequest,
        ["reviewComplaintClaim.input.claimId"] = IdKind.Claim,
        ["decideComplaintClaim.input.claimId"] = IdKind.Claim,
        ["payComplaintClaim.input.claimId"] = IdKind.Claim,
        ["planCustomerVisit.input.unitId"] = IdKind.Unit,
        ["planCustomerVisit.input.staffMemberId"] = IdKind.StaffMember,
        ["bookCustomerVisit.input.visitId"] = IdKind.Visit,
        ["recordCustomerVisit.input.visitId"] = IdKind.Visit,
        ["reviewCustomerVisit.input.visitId"] = IdKind.Visit,
        ["setVisitOptOut.input.unitId"] = IdKind.Unit,
        ["submitComplaintMonthlyReport.input.estateId"] = IdKind.Estate,
        ["setEscalationChain.input.estateId"] = IdKind.Estate,
        ["setEscalationChain.input.csHeadStaffMemberId"] = IdKind.StaffMember,
        ["setEscalationChain.input.managerStaffMemberId"] = IdKind.StaffMember,
        ["setPublishedChannels.input.estateId"] = IdKind.Estate,
        ["setOffToServiceRequest.input.requestId"] = IdKind.ServiceRequest,
        ["arriveAtServiceRequest.input.requestId"] = IdKind.ServiceRequest,
        ["quoteRepairPrice.input.requestId"] = IdKind.ServiceRequest,
        ["quoteRepairPrice.input.feeItemId"] = IdKind.FeeItem,
        ["confirmRepairPrice.input.requestId"] = IdKind.ServiceRequest,
        ["refuseRepairPrice.input.requestId"] = IdKind.ServiceRequest,
    };

    /// <summary>Values the generic filler cannot guess, by argument path (only where a valid value matters).</summary>
    private static readonly IReadOnlyDictionary<string, JsonNode> Overrides = new Dictionary<string, JsonNode>
    {
        ["startBillingRun.input.period"] = "2026-12",
        ["recordMeterReading.input.period"] = "2026-11",
        ["importUnits.input.fileName"] = "units.csv",
        ["createStaffMember.input.phone"] = "13800009999",
        ["inviteStaff.input.roles"] = new JsonArray("front_desk"),
        ["setStaffRoles.input.roles"] = new JsonArray("front_desk"),
        ["setBankMandate.input.accountNumber"] = "6222020000009999",
        ["dismissPaymentAnomaly.input.reason"] = "已线下退款",
        ["workingCalendar.year"] = 2026,
        ["setWorkingHours.input.workStart"] = "09:00",
        ["setWorkingHours.input.workEnd"] = "18:00",
        ["complaintStatistics.year"] = 2026,
        ["complaintStatistics.month"] = 11,
        ["visitQuotas.year"] = 2026,
        ["visitQuotas.month"] = 11,
        ["serviceKpis.year"] = 2026,
        ["serviceKpis.month"] = 11,
        ["customerVisits.year"] = 2026,
        ["customerVisits.month"] = 11,
        ["submitComplaintMonthlyReport.input.year"] = 2026,
        ["submitComplaintMonthlyReport.input.month"] = 11,
    };

    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new WebhookApiFactory();
        private readonly Dictionary<string, Task<IsolationWorld>> _worlds = new();

        /// <summary>One world per server pair, made on first use and shared by every test of the class.</summary>
        public Task<IsolationWorld> WorldAsync(string server)
        {
            lock (_worlds)
            {
                if (!_worlds.TryGetValue(server, out var w))
                    _worlds[server] = w = server == "local"
                        ? IsolationWorld.CreateAsync(Api, "local", "local")
                        : IsolationWorld.CreateAsync(Api, "pg1", "pg2");
                return w;
            }
        }

        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    public sealed class WebhookApiFactory : ApiFactory
    {
        public const string Secret = "whsec_wall_tests";
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Stripe:SecretKey"] = "sk_test_wall", ["Stripe:WebhookSecret"] = Secret, ["Stripe:ApiBase"] = "http://127.0.0.1:9/",
        };
    }

    /// <summary>"local": both companies on SQLite; "pg": A and B on the two PostgreSQL servers.</summary>
    public static TheoryData<string> Servers()
    {
        var d = new TheoryData<string> { "local" };
        if (TestDatabases.HasPostgres) d.Add("pg");
        return d;
    }

    private SchemaOperations Schema() => new(fx.Api.Services.GetRequiredService<ISchema>());

    [Fact]
    public void Every_ID_argument_of_the_schema_is_in_the_table()
    {
        var untaught = Schema().IdArguments().Select(a => a.Path).Where(p => !Kinds.ContainsKey(p)).ToList();
        Assert.True(untaught.Count == 0,
            "The isolation suite cannot exercise these ID arguments: " + string.Join(", ", untaught) +
            ". Teach it: add a line `[\"<path>\"] = IdKind.<Kind>,` to ForeignIdTests.Kinds (a new kind of record also needs a value of IdKind and its ids in IsolationWorld).");
        var stale = Kinds.Keys.Except(Schema().IdArguments().Select(a => a.Path)).ToList();
        Assert.True(stale.Count == 0, "ForeignIdTests.Kinds names arguments the schema no longer has: " + string.Join(", ", stale));
    }

    [Theory, MemberData(nameof(Servers))]
    public async Task Foreign_ids_are_answered_like_unknown_ids_and_change_nothing(string server)
    {
        if (server != "local") TestDatabases.RequirePostgres();
        var w = await fx.WorldAsync(server);
        var ops = Schema();
        var failures = new List<string>();
        foreach (var target in ops.IdArguments().Where(a => Kinds.ContainsKey(a.Path)))
        {
            var kind = Kinds[target.Path];
            var before = await DatabaseSnapshot.TakeAsync(fx.Api, w.A, w.B);
            foreach (var caller in Enum.GetValues<Caller>())
            {
                var client = w.Client(caller);
                var answers = new List<(Place Place, string Answer)>();
                foreach (var place in IsolationWorld.ForeignTo(caller, kind))
                {
                    var id = w.Id(kind, place);
                    var (query, variables) = ops.Build(target, id, path => w.Id(Kinds[path], Place.Own), Overrides);
                    var r = await client.PostAsync(query, variables);
                    answers.Add((place, Normalise(r, id)));
                    if (place == Place.Random && !NotNothing.ContainsKey(target.Path) && !LooksLikeNothing(r, target, out var why))
                        failures.Add($"{target} as {caller}: an unknown id is not answered with nothing/NOT_FOUND/FORBIDDEN ({why}): {r.Json}\n  operation: {query} {variables.ToJsonString()}");
                }
                var baseline = answers.Single(a => a.Place == Place.Random).Answer;
                foreach (var (place, answer) in answers.Where(a => a.Answer != baseline))
                    failures.Add($"{target} as {caller}: an id of {place} is answered differently from an unknown id:\n  {place}: {answer}\n  unknown: {baseline}");
            }
            // The control: a query given the caller's own id shows something to someone, so the operation reaches the
            // record and "nothing" for a foreign id is the wall, not a filler mistake. (Mutations are not run with own
            // ids: they would change the world; their unknown-id answer must name the id instead.)
            if (target.Operation == "query" && !NoControl.ContainsKey(target.Path))
            {
                var reached = false;
                foreach (var caller in Enum.GetValues<Caller>())
                {
                    var (query, variables) = ops.Build(target, w.Id(kind, Place.Own), path => w.Id(Kinds[path], Place.Own), Overrides);
                    reached |= !LooksLikeNothing(await w.Client(caller).PostAsync(query, variables), target, out _);
                }
                if (!reached) failures.Add($"{target}: the caller's own id shows nothing to any caller, so the suite proves nothing here; fix the world or filler, or list it in NoControl with the reason");
            }
            var changed = DatabaseSnapshot.Changed(before, await DatabaseSnapshot.TakeAsync(fx.Api, w.A, w.B));
            if (changed.Count > 0) failures.Add($"{target}: foreign ids changed {string.Join(", ", changed)}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} isolation failures:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// The REST endpoints that take an id: a foreign id gets the answer an unknown id gets (status and body), while the
    /// caller's own record is served, and nothing changes.
    /// </summary>
    [Theory, MemberData(nameof(Servers))]
    public async Task Receipts_and_bank_files_of_foreign_ids_are_answered_like_unknown_ids(string server)
    {
        if (server != "local") TestDatabases.RequirePostgres();
        var w = await fx.WorldAsync(server);
        var endpoints = new (string Name, IdKind Kind, Func<Guid, string> Url, Caller[] Served)[]
        {
            ("receipt", IdKind.Payment, id => $"/receipts/{id}", [Caller.Resident, Caller.EstateStaff, Caller.CompanyAdmin]),
            ("bank file", IdKind.BankBatch, id => $"/bank-collections/{id}.csv", [Caller.EstateStaff, Caller.CompanyAdmin]),
            ("attachment", IdKind.Attachment, id => $"/attachments/{id}", [Caller.Resident, Caller.EstateStaff, Caller.CompanyAdmin]),
        };
        var before = await DatabaseSnapshot.TakeAsync(fx.Api, w.A, w.B);
        var failures = new List<string>();
        foreach (var (name, kind, url, served) in endpoints)
            foreach (var caller in Enum.GetValues<Caller>())
            {
                var answers = new List<(Place Place, string Answer)>();
                foreach (var place in IsolationWorld.ForeignTo(caller, kind))
                {
                    var id = w.Id(kind, place);
                    answers.Add((place, await GetAsync(w, caller, url(id), id)));
                }
                var baseline = answers.Single(a => a.Place == Place.Random).Answer;
                if (baseline.StartsWith("200")) failures.Add($"{name} as {caller}: an unknown id is served: {baseline}");
                foreach (var (place, answer) in answers.Where(a => a.Answer != baseline))
                    failures.Add($"{name} as {caller}: an id of {place} is answered differently from an unknown id:\n  {place}: {answer}\n  unknown: {baseline}");
                var own = w.Id(kind, Place.Own);
                var mine = await GetAsync(w, caller, url(own), own);
                if (served.Contains(caller) != mine.StartsWith("200")) failures.Add($"{name} as {caller}: own record answered {mine}");
            }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Empty(DatabaseSnapshot.Changed(before, await DatabaseSnapshot.TakeAsync(fx.Api, w.A, w.B)));
    }

    /// <summary>
    /// An upload to a request of another household, estate or company is answered like one to a request that does not
    /// exist, and stores nothing; the caller's own request takes it.
    /// </summary>
    [Theory, MemberData(nameof(Servers))]
    public async Task Uploads_to_foreign_requests_are_answered_like_uploads_to_unknown_ids(string server)
    {
        if (server != "local") TestDatabases.RequirePostgres();
        var w = await fx.WorldAsync(server);
        var photo = TestFiles.Image(8, 8, SkiaSharp.SKEncodedImageFormat.Png);
        async Task<string> UploadAsync(Caller caller, Guid id)
        {
            using var form = new MultipartFormDataContent { { new StringContent("Report"), "stage" }, { new ByteArrayContent(photo), "file", "p.jpg" } };
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/service-requests/{id}/attachments") { Content = form };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", w.Token(caller));
            request.Headers.AcceptLanguage.ParseAdd("zh-CN");
            using var response = await fx.Api.CreateClient().SendAsync(request);
            return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}".Replace(id.ToString(), "<id>", StringComparison.OrdinalIgnoreCase);
        }
        var before = await DatabaseSnapshot.TakeAsync(fx.Api, w.A, w.B);
        var failures = new List<string>();
        foreach (var caller in Enum.GetValues<Caller>())
        {
            var baseline = await UploadAsync(caller, Guid.NewGuid());
            if (!baseline.StartsWith("404")) failures.Add($"{caller}: an unknown request answered {baseline}");
            foreach (var place in IsolationWorld.ForeignTo(caller, IdKind.ServiceRequest).Where(p => p != Place.Random))
                if (await UploadAsync(caller, w.Id(IdKind.ServiceRequest, place)) is var answer && answer != baseline)
                    failures.Add($"{caller}: a request of {place} answered differently from an unknown one:\n  {answer}\n  unknown: {baseline}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Empty(DatabaseSnapshot.Changed(before, await DatabaseSnapshot.TakeAsync(fx.Api, w.A, w.B)));
        Assert.StartsWith("201", await UploadAsync(Caller.Resident, w.Id(IdKind.ServiceRequest, Place.Own)));
    }

    private async Task<string> GetAsync(IsolationWorld w, Caller caller, string url, Guid id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", w.Token(caller));
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        using var response = await fx.Api.CreateClient().SendAsync(request);
        var body = response.Content.Headers.ContentType?.MediaType is "application/pdf" or "text/csv" or "image/jpeg" ? "<file>" : await response.Content.ReadAsStringAsync();
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType} {body}".Replace(id.ToString(), "<id>", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A correctly signed Stripe event from company A's own connected account that names company B — B's checkout, B's
    /// session, or B as the company — is answered like one naming nothing that exists, and books nothing anywhere.
    /// </summary>
    [Theory, MemberData(nameof(Servers))]
    public async Task A_signed_stripe_event_naming_another_companys_ids_books_nothing(string server)
    {
        if (server != "local") TestDatabases.RequirePostgres();
        var w = await fx.WorldAsync(server);
        var theirCheckout = w.Id(IdKind.Checkout, Place.OtherCompany);
        string theirSession;
        await using (var db = fx.Api.Open(w.B))
            theirSession = await db.Set<PropertySaaS.Api.Features.Billing.Online.OnlineCheckout>().Where(c => c.Id == theirCheckout).Select(c => c.SessionId!).SingleAsync();

        async Task<int> SendAsync(string tenant, string checkoutId, string sessionId)
        {
            var session = new JsonObject
            {
                ["id"] = sessionId, ["object"] = "checkout.session", ["payment_status"] = "paid", ["status"] = "complete",
                ["payment_intent"] = "pi_wall_" + Guid.NewGuid().ToString("N"), ["amount_total"] = 30000, ["currency"] = "cny",
                ["metadata"] = new JsonObject { ["tenant"] = tenant, ["checkoutId"] = checkoutId },
            };
            var payload = PropertySaaS.FakeStripe.FakeStripeServer.EventJson("checkout.session.completed", w.StripeAccountA, session);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(payload, System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Add("Stripe-Signature", PropertySaaS.FakeStripe.FakeStripeServer.Sign(payload, WebhookApiFactory.Secret, DateTimeOffset.UtcNow));
            using var response = await fx.Api.CreateClient().SendAsync(request);
            return (int)response.StatusCode;
        }

        var booked = new[] { "Payment", "LedgerEntr", "OnlineCheckout" };
        var before = await DatabaseSnapshot.TakeAsync(fx.Api, w.A, w.B);
        // Company A named, B's checkout and session: like a checkout that does not exist.
        Assert.Equal(await SendAsync(w.A.Slug, Guid.NewGuid().ToString(), "cs_wall_unknown"), await SendAsync(w.A.Slug, theirCheckout.ToString(), theirSession));
        // Company B named on A's account: like a company that does not exist.
        Assert.Equal(await SendAsync("wall-nobody", Guid.NewGuid().ToString(), "cs_wall_unknown"), await SendAsync(w.B.Slug, theirCheckout.ToString(), theirSession));
        var changed = DatabaseSnapshot.Changed(before, await DatabaseSnapshot.TakeAsync(fx.Api, w.A, w.B));
        Assert.DoesNotContain(changed, t => booked.Any(b => t.Split('.')[^1].StartsWith(b)));
    }

    /// <summary>Status, data and errors with the id written as &lt;id&gt;, so answers for different ids compare as text.</summary>
    private static string Normalise(GraphQLResponse r, Guid id) =>
        $"{(int)r.Status} {r.Json}".Replace(id.ToString(), "<id>", StringComparison.OrdinalIgnoreCase)
            .Replace(id.ToString("N"), "<id>", StringComparison.OrdinalIgnoreCase);

    private static readonly string[] NothingCodes = ["NOT_FOUND", "FORBIDDEN"];

    /// <summary>
    /// The answer to an unknown id: a NOT_FOUND/FORBIDDEN error (top-level, or in the payload, or any payload error on
    /// the id's own field), null, or an empty list or connection, with nothing else but zeros.
    /// </summary>
    private static bool LooksLikeNothing(GraphQLResponse r, IdArgument target, out string why)
    {
        why = "";
        var field = target.Field.Name;
        if (r.Errors is { Count: > 0 } errors)
        {
            var codes = errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>()).ToList();
            why = "errors " + string.Join(",", codes);
            return codes.All(c => c is not null && NothingCodes.Contains(c)) && r.Body?["data"]?[field] is null;
        }
        var value = r.Body?["data"]?[field];
        var leaf = target.Path.Split('.')[^1];
        switch (value)
        {
            case null: return true;
            case JsonArray a: why = "a non-empty list"; return a.Count == 0;
            case JsonObject o when o["errors"] is JsonArray payloadErrors:
                why = "a payload without an error on the id, or with a result";
                return payloadErrors.Any(e => NothingCodes.Contains(e?["code"]?.GetValue<string>()) || e?["field"]?.GetValue<string>() == leaf)
                    && o.Where(p => p.Key is not ("errors" or "__typename")).All(p => Empty(p.Value));
            case JsonObject o when o["totalCount"] is JsonValue total:
                why = "a non-empty connection";
                return total.GetValue<int>() == 0;
            default:
                why = "a result";
                return false;
        }
    }

    private static bool Empty(JsonNode? v) => v switch
    {
        null => true,
        JsonArray a => a.Count == 0,
        JsonValue x when x.TryGetValue<decimal>(out var d) => d == 0,
        JsonValue x when x.TryGetValue<bool>(out var b) => !b,
        _ => false,
    };

    /// <summary>
    /// Fields whose answer to an unknown id is legitimately more than nothing (the comparison with foreign ids still
    /// applies): path → why.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> NotNothing = new Dictionary<string, string>
    {
        ["departments.estateId"] = "the company-wide departments are listed with any estate's",
    };

    /// <summary>Queries whose own-id answer is legitimately empty in the world (no control possible): path → why.</summary>
    private static readonly IReadOnlyDictionary<string, string> NoControl = new Dictionary<string, string>
    {
        // The isolation world publishes no complaint channels yet; DeskSettingsTests checks that another company's resident
        // gets null for an estate that did publish. TODO: publish channels in IsolationWorld and drop this line.
        ["publishedChannels.estateId"] = "the world's estates publish no complaint channels (own id answers null too)",
    };
}
