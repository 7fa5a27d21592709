using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Features.Registry;

/// <summary>importUnits: bulk onboarding of units and owners from CSV/XLSX, all rows valid or nothing written.</summary>
public sealed class ImportTests(ImportTests.Fixture fx) : IClassFixture<ImportTests.Fixture>
{
    /// <summary>
    /// The host with a request limit that fits a 10 MB file as base64. The shipped default (GraphQL:MaxRequestBytes,
    /// 256 KB) is for ordinary requests and would refuse real imports with 413.
    /// </summary>
    public sealed class ImportApiFactory : ApiFactory
    {
        protected override IDictionary<string, string?> ExtraSettings =>
            new Dictionary<string, string?> { ["GraphQL:MaxRequestBytes"] = (15 * 1024 * 1024).ToString() };
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new ImportApiFactory();
        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    private const string Import = """
        mutation($input: ImportUnitsInput!) {
          importUnits(input: $input) {
            importedUnits importedOwners createdBuildings totalRowErrors
            rowErrors { row column code message }
            errors { __typename code message field }
          }
        }
        """;

    private const string Header = "楼栋,房号,楼层,建筑面积,用途,状态,业主姓名,业主手机,业主身份证号,产权份额,产权开始日期";

    private static int _companies;

    /// <summary>A fresh company on <paramref name="server"/> with one estate whose building "A座" (18 floors) already has unit 0301.</summary>
    private async Task<(Tenant Tenant, Guid EstateId, string Token)> CompanyAsync(string server)
    {
        TestDatabases.SkipWithoutPostgres(server);
        var tenant = await fx.Api.CompanyAsync($"imp{Interlocked.Increment(ref _companies)}-{server}", server);
        await using var db = fx.Api.Open(tenant);
        var b = new RegistryBuilder(db);
        var estate = b.Estate("导入花园");
        var building = b.Building(estate, "A座", floors: 18);
        b.Unit(building, "0301", floor: 3);
        await b.SaveAsync();
        return (tenant, estate.Id, TestTokens.CompanyAdmin(tenant.Slug));
    }

    private static object Input(Guid estateId, string fileName, byte[] content, bool? dryRun = null) =>
        new { input = new { estateId, fileName, contentBase64 = Convert.ToBase64String(content), dryRun } };

    private static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    private async Task<JsonNode> ImportAsync(string token, object variables, string language = "zh-CN")
    {
        var r = await fx.Api.Client(token, language: language).PostAsync(Import, variables);
        r.AssertNoErrors();
        return r.Data["importUnits"]!;
    }

    private async Task<(int Buildings, int Units, int People, int Ownerships)> CountsAsync(Tenant t)
    {
        await using var db = fx.Api.Open(t);
        return (await db.Buildings.CountAsync(), await db.Units.CountAsync(), await db.People.CountAsync(), await db.Ownerships.CountAsync());
    }

    private static string TemplatePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "api", "Features", "Registry", "Import", "units-template.csv");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("units-template.csv not found above " + AppContext.BaseDirectory);
    }

    private static byte[] Template() => File.ReadAllBytes(TemplatePath());

    private static void AssertNothingFailed(JsonNode result)
    {
        Assert.True(result["errors"]!.AsArray().Count == 0, result.ToJsonString());
        Assert.Equal(0, result["totalRowErrors"]!.GetValue<int>());
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Template_csv_with_chinese_headers_imports_units_owners_and_co_owners(string server)
    {
        var (tenant, estateId, token) = await CompanyAsync(server);
        var result = await ImportAsync(token, Input(estateId, "units-template.csv", Template()));

        AssertNothingFailed(result);
        Assert.Equal(2, result["importedUnits"]!.GetValue<int>());
        Assert.Equal(3, result["importedOwners"]!.GetValue<int>());
        Assert.Equal(1, result["createdBuildings"]!.GetValue<int>());

        const string Units = """query($s: String) { units(filter: {search: $s}) { totalCount nodes { number floor buildingArea usage status building { name floors } owners { share startDate person { name } } } } }""";
        var coOwned = (await fx.Api.Client(token).PostAsync(Units, new { s = "王志强" })).AssertNoErrors().Data["units"]!;
        Assert.Equal(1, coOwned["totalCount"]!.GetValue<int>());
        var unit = coOwned["nodes"]![0]!;
        Assert.Equal("102", unit["number"]!.GetValue<string>());
        Assert.Equal("1栋", unit["building"]!["name"]!.GetValue<string>());
        Assert.Equal("VACANT", unit["status"]!.GetValue<string>());
        Assert.Equal(120.00m, unit["buildingArea"]!.GetValue<decimal>());
        Assert.Equal(["李秀英", "王志强"], unit["owners"]!.AsArray().Select(o => o!["person"]!["name"]!.GetValue<string>()).Order());
        Assert.All(unit["owners"]!.AsArray(), o => Assert.Equal(50m, o!["share"]!.GetValue<decimal>()));

        var sole = (await fx.Api.Client(token).PostAsync(Units, new { s = "张建国" })).AssertNoErrors().Data["units"]!["nodes"]![0]!;
        Assert.Equal("OCCUPIED", sole["status"]!.GetValue<string>());
        Assert.Equal("2020-01-01", sole["owners"]![0]!["startDate"]!.GetValue<string>());
        Assert.Equal((2, 3, 3, 3), await CountsAsync(tenant)); // A座 + 1栋; 0301 + two imported units
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Xlsx_with_english_headers_imports_into_an_existing_building(string server)
    {
        var (tenant, estateId, token) = await CompanyAsync(server);
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["building"] = "A座", ["number"] = "1201", ["floor"] = 12, ["buildingArea"] = 98.76m, ["usage"] = "RESIDENTIAL", ["status"] = "", ["ownerName"] = "赵敏", ["ownerPhone"] = 13900001234L, ["ownerIdNumber"] = "", ["share"] = 100, ["ownershipStart"] = new DateTime(2019, 5, 20) },
            new() { ["building"] = "A座", ["number"] = "S-01", ["floor"] = 1, ["buildingArea"] = 45.5m, ["usage"] = "商铺", ["status"] = "UNSOLD", ["ownerName"] = null, ["ownerPhone"] = null, ["ownerIdNumber"] = null, ["share"] = null, ["ownershipStart"] = null },
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, excelType: ExcelType.XLSX);

        var result = await ImportAsync(token, Input(estateId, "units.XLSX", stream.ToArray()));

        AssertNothingFailed(result);
        Assert.Equal(2, result["importedUnits"]!.GetValue<int>());
        Assert.Equal(1, result["importedOwners"]!.GetValue<int>());
        Assert.Equal(0, result["createdBuildings"]!.GetValue<int>());
        var units = (await fx.Api.Client(token).PostAsync("""{ units(filter: {search: "赵敏"}) { nodes { number floor buildingArea status owners { startDate person { phone } } } } }""")).AssertNoErrors();
        var unit = units.Data["units"]!["nodes"]![0]!;
        Assert.Equal("1201", unit["number"]!.GetValue<string>());
        Assert.Equal(98.76m, unit["buildingArea"]!.GetValue<decimal>());
        Assert.Equal("VACANT", unit["status"]!.GetValue<string>());
        Assert.Equal("13900001234", unit["owners"]![0]!["person"]!["phone"]!.GetValue<string>());
        Assert.Equal("2019-05-20", unit["owners"]![0]!["startDate"]!.GetValue<string>());
        Assert.Equal((1, 3, 1, 1), await CountsAsync(tenant));
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Every_invalid_row_is_reported_and_nothing_is_imported(string server)
    {
        var (tenant, estateId, token) = await CompanyAsync(server);
        var before = await CountsAsync(tenant);
        var file = Utf8(Header,
            "A座,0101,1,89.50,住宅,,张三,13800000001,,,",            // row 2: valid
            "A座,0102,1,0,住宅,,,,,,",                               // row 3: area 0
            "A座,0103,1,89.123,住宅,,,,,,",                          // row 4: three decimals
            "A座,0104,1,89.5,住宅,,李四,1380000,,,",                  // row 5: bad phone
            "A座,0101,1,89.50,住宅,,,,,,",                           // row 6: 0101 again, no co-owner
            "A座,0301,3,90,住宅,,,,,,",                              // row 7: 0301 is already in the database
            "新楼,0201,2,60,别墅,,,,,,",                             // row 8: unknown usage
            "A座,1901,19,60,住宅,,,,,,",                             // row 9: above A座's 18 floors
            "A座,0105,1,60,住宅,,王五,13800000005,,60,2020-13-01",   // row 10: bad date
            "A座,0106,1,60,住宅,,王五,13800000005,,60,",             // row 11: valid co-owners …
            "A座,0106,1,60,住宅,,赵六,13800000006,,50,");            // row 12: … but 60 + 50 > 100

        var result = await ImportAsync(token, Input(estateId, "bad.csv", file));

        var errors = result["rowErrors"]!.AsArray().Select(e => (e!["row"]!.GetValue<int>(), e["column"]?.GetValue<string>(), e["code"]!.GetValue<string>())).ToList();
        Assert.Equal(
        [
            (3, "buildingArea", "MUST_BE_POSITIVE"),
            (4, "buildingArea", "TWO_DECIMALS"),
            (5, "ownerPhone", "INVALID_PHONE"),
            (6, "number", "IMPORT_DUPLICATE_IN_FILE"),
            (7, "number", "DUPLICATE_UNIT_NUMBER"),
            (8, "usage", "INVALID_ENUM"),
            (9, "floor", "OUT_OF_RANGE"),
            (10, "ownershipStart", "INVALID_DATE"),
            (12, "share", "SHARE_EXCEEDS_100"),
        ], errors);
        Assert.Equal(9, result["totalRowErrors"]!.GetValue<int>());
        Assert.Equal(0, result["importedUnits"]!.GetValue<int>());
        var summary = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Equal("VALIDATION", summary["code"]!.GetValue<string>());
        Assert.Equal("导入文件有 9 行错误，未导入任何数据。", summary["message"]!.GetValue<string>());
        Assert.Contains("第 2 行", result["rowErrors"]![3]!["message"]!.GetValue<string>());
        Assert.Equal(before, await CountsAsync(tenant));
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task A_missing_required_column_is_reported_on_the_header_row(string server)
    {
        var (tenant, estateId, token) = await CompanyAsync(server);
        var before = await CountsAsync(tenant);
        var result = await ImportAsync(token, Input(estateId, "no-usage.csv", Utf8("楼栋,房号,楼层,建筑面积(㎡),业主姓名,业主手机", "A座,0101,1,89.5,张三,13800000001")));

        var error = Assert.Single(result["rowErrors"]!.AsArray())!;
        Assert.Equal(1, error["row"]!.GetValue<int>());
        Assert.Equal("usage", error["column"]!.GetValue<string>());
        Assert.Equal("IMPORT_MISSING_COLUMN", error["code"]!.GetValue<string>());
        Assert.Equal("缺少列：用途", error["message"]!.GetValue<string>());
        Assert.Equal(before, await CountsAsync(tenant));
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Gbk_encoded_csv_as_chinese_excel_saves_it_imports(string server)
    {
        var (_, estateId, token) = await CompanyAsync(server);
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var file = gbk.GetBytes(string.Join("\r\n", Header, "二期3号楼,0501,5,101.25,办公,装修中,欧阳娜娜,0571-88886666,,,") + "\r\n");
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(file)); // really not UTF-8

        var result = await ImportAsync(token, Input(estateId, "gbk.csv", file));

        AssertNothingFailed(result);
        Assert.Equal(1, result["createdBuildings"]!.GetValue<int>());
        var unit = (await fx.Api.Client(token).PostAsync("""{ units(filter: {search: "欧阳娜娜"}) { nodes { usage status building { name floors } } } }""")).AssertNoErrors().Data["units"]!["nodes"]![0]!;
        Assert.Equal("OFFICE", unit["usage"]!.GetValue<string>());
        Assert.Equal("RENOVATING", unit["status"]!.GetValue<string>());
        Assert.Equal("二期3号楼", unit["building"]!["name"]!.GetValue<string>());
        Assert.Equal(5, unit["building"]!["floors"]!.GetValue<int>());
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Dry_run_reports_what_would_be_imported_and_writes_nothing(string server)
    {
        var (tenant, estateId, token) = await CompanyAsync(server);
        var before = await CountsAsync(tenant);
        var result = await ImportAsync(token, Input(estateId, "units-template.csv", Template(), dryRun: true));

        AssertNothingFailed(result);
        Assert.Equal((2, 3, 1), (result["importedUnits"]!.GetValue<int>(), result["importedOwners"]!.GetValue<int>(), result["createdBuildings"]!.GetValue<int>()));
        Assert.Equal(before, await CountsAsync(tenant));
    }

    [Fact]
    public async Task Row_errors_are_in_the_callers_language()
    {
        var (_, estateId, token) = await CompanyAsync("local");
        var file = Input(estateId, "bad.csv", Utf8(Header, "A座,0101,1,0,住宅,,张三,123,,,"));

        var zh = await ImportAsync(token, file, "zh-CN");
        var en = await ImportAsync(token, file, "en-US");

        string[] Messages(JsonNode r) => r["rowErrors"]!.AsArray().Select(e => e!["message"]!.GetValue<string>()).ToArray();
        Assert.Equal(["建筑面积必须大于 0。", "手机号格式不正确。"], Messages(zh));
        Assert.Equal(["Building area must be greater than 0.", "The phone number is not valid."], Messages(en));
        Assert.Equal("The file has 1 invalid rows; nothing was imported.", en["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Another_company_cannot_import_into_this_companys_estate(string server)
    {
        var (tenant, estateId, _) = await CompanyAsync(server);
        var (other, _, otherToken) = await CompanyAsync(server);
        var before = (await CountsAsync(tenant), await CountsAsync(other));

        var result = await ImportAsync(otherToken, Input(estateId, "units-template.csv", Template()));

        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Equal(("NotFound", "NOT_FOUND", "estateId"), (error["__typename"]!.GetValue<string>(), error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>()));
        Assert.Equal(0, result["importedUnits"]!.GetValue<int>());
        Assert.Equal(before, (await CountsAsync(tenant), await CountsAsync(other)));
    }

    [Fact]
    public async Task Only_company_admins_and_managers_of_the_estate_may_import()
    {
        var (tenant, estateId, _) = await CompanyAsync("local");
        var file = Input(estateId, "units-template.csv", Template(), dryRun: true);

        var frontDesk = await fx.Api.Client(TestTokens.For(tenant.Slug, ["front_desk"], [estateId])).PostAsync(Import, file);
        Assert.Equal("FORBIDDEN", frontDesk.FirstErrorCode);

        var otherManager = await fx.Api.Client(TestTokens.For(tenant.Slug, ["estate_manager"], [Guid.NewGuid()])).PostAsync(Import, file);
        Assert.Equal("NOT_FOUND", otherManager.AssertNoErrors().Data["importUnits"]!["errors"]![0]!["code"]!.GetValue<string>());

        var manager = await fx.Api.Client(TestTokens.For(tenant.Slug, ["estate_manager"], [estateId])).PostAsync(Import, file);
        Assert.Equal(2, manager.AssertNoErrors().Data["importUnits"]!["importedUnits"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("units.xls", "U", "ImportUnsupportedType", "fileName", "只能导入 .csv 或 .xlsx 文件（.xls 请先另存为 .xlsx）。")]
    [InlineData("units.csv", "not base64!", "ImportUnreadable", "contentBase64", "无法读取导入文件：base64")]
    [InlineData("units.xlsx", "bm90IGEgemlw", "ImportUnreadable", "contentBase64", "无法读取导入文件：xlsx")]
    [InlineData("units.csv", "", "ImportEmpty", "contentBase64", "导入文件没有数据行。")]
    public async Task An_unreadable_file_is_a_request_error(string fileName, string content, string type, string field, string message)
    {
        var (_, estateId, token) = await CompanyAsync("local");
        var result = await ImportAsync(token, new { input = new { estateId, fileName, contentBase64 = content } });
        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Equal((type, "VALIDATION", field, message), (error["__typename"]!.GetValue<string>(), error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>(), error["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Files_over_20000_rows_are_refused()
    {
        var (tenant, estateId, token) = await CompanyAsync("local");
        var lines = new[] { Header }.Concat(Enumerable.Range(1, 20_001).Select(i => $"B{i / 1000},{i},1,50,住宅,,,,,,")).ToArray();
        var result = await ImportAsync(token, Input(estateId, "big.csv", Utf8(lines)));
        Assert.Equal("导入文件最多 20000 行数据。", result["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(1, (await CountsAsync(tenant)).Units);
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Five_thousand_units_with_owners_import_in_one_go(string server)
    {
        var (tenant, estateId, token) = await CompanyAsync(server);
        var lines = new[] { Header }.Concat(Enumerable.Range(0, 5_000).Select(i =>
            $"{i / 500 + 1}号楼,{i % 500 / 20 + 1:00}{i % 20 + 1:00},{i % 500 / 20 + 1},{80 + i % 50}.25,住宅,已入住,业主{i},139{i:00000000},,100,2021-03-01")).ToArray();
        var file = Input(estateId, "5000.csv", Utf8(lines));

        var clock = Stopwatch.StartNew();
        var result = await ImportAsync(token, file);
        clock.Stop();

        AssertNothingFailed(result);
        Assert.Equal((5_000, 5_000, 10), (result["importedUnits"]!.GetValue<int>(), result["importedOwners"]!.GetValue<int>(), result["createdBuildings"]!.GetValue<int>()));
        Assert.Equal((11, 5_001, 5_000, 5_000), await CountsAsync(tenant));
        TestContext.Current.TestOutputHelper?.WriteLine($"{server}: 5,000 units + 5,000 owners imported in {clock.ElapsedMilliseconds} ms");
        // Generous: shared CI machines are slow; on a quiet two-core box this is a few seconds.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"import took {clock.Elapsed}");
    }
}
