using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Tests.GraphQL;

/// <summary>
/// The API's execution strategy (fields collected once per selection set and type and request) and its result writer
/// must answer exactly as GraphQL.NET's serial strategy and writer do. Each document runs on both,
/// on the same parsed document, and the JSON must be identical: values, errors with their paths, null propagation,
/// @skip/@include by each request's variables, merged fields, fragments, async and batched resolvers.
/// </summary>
public sealed class ExecutionTests
{
    public enum Kind { Plain, Special }

    public sealed record Item(int N, string? Name, decimal Price, long Big, Guid Id, Item? Child)
    {
        public Kind Kind => N % 3 == 0 ? Kind.Special : Kind.Plain;
        public string Checked => N == 2 ? throw new InvalidOperationException("boom") : "ok" + N;
        public Task<string> Later => Task.FromResult("later" + N);
        public string? Field = N == 4 ? null : "f" + N;
        // Fails on its first read of this item only: a second attempt would hide the failure.
        private int reads;
        public string FailsOnce => ++reads == 1 ? throw new InvalidOperationException("first read") : "second read" + N;
        private int readsToo;
        public string FailsOnceToo => ++readsToo == 1 ? throw new InvalidOperationException("first read") : "second read" + N;
    }

    private sealed class KindType : EnumerationGraphType<Kind> { public KindType() { Name = "Kind"; } }

    private sealed class Later(object? value) : IDataLoaderResult
    {
        public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);
    }

    private sealed class ItemType : ObjectGraphType<Item>
    {
        public ItemType()
        {
            Name = "Item";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
            Field<NonNullGraphType<IntGraphType>>("n").Resolve(c => c.Source.N);
            Field<StringGraphType>("name").Resolve(c => c.Source.Name);
            Field<DecimalGraphType>("price").Resolve(c => c.Source.Price);
            Field<LongGraphType>("big").Resolve(c => c.Source.Big);
            Field<NonNullGraphType<BooleanGraphType>>("even").Resolve(c => c.Source.N % 2 == 0);
            Field<FloatGraphType>("ratio").Resolve(c => c.Source.N / 3.0);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(c => new[] { "a" + c.Source.N, "b" });
            Field<ItemType>("child").Resolve(c => c.Source.Child);
            Field<StringGraphType>("failsExpectedly").Resolve(c => c.Source.N == 1 ? throw new ExecutionError("no name for one") { Code = "NOPE" } : "fine");
            Field<StringGraphType>("failsUnexpectedly").Resolve(c => c.Source.N == 2 ? throw new InvalidOperationException("boom") : "fine");
            Field<NonNullGraphType<StringGraphType>>("required").Resolve(c => c.Source.Name);
            Field<StringGraphType>("slow").ResolveAsync(async c =>
            {
                await Task.Yield();
                return (object?)("slow" + c.Source.N);
            });
            Field<StringGraphType>("batched").Resolve(c => new Later("batched" + c.Source.N));
            Field<ItemType>("batchedChild").Resolve(c => new Later(c.Source.Child));
            Field<ItemType>("failingChild").Resolve(c => c.Source.N == 1 ? throw new ExecutionError("no child for one") : c.Source.Child);
            // Plain members (GraphQL.NET's expression resolver), which the API's strategy reads without resolving; a task is
            // awaited by the expression resolver, so it stays a plain Field.
            this.MemberField(x => x.N, name: "nProp");
            this.MemberField(x => x.Name, nullable: true, name: "nameProp");
            this.MemberField(x => x.Name, type: typeof(NonNullGraphType<StringGraphType>), name: "requiredName");
            this.MemberField(x => x.Price, name: "priceProp");
            this.MemberField(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>), name: "idProp");
            this.MemberField(x => x.Kind, type: typeof(NonNullGraphType<KindType>));
            this.MemberField(x => x.Checked, nullable: true);
            Field("later", x => x.Later, type: typeof(StringGraphType));
            this.MemberField(x => x.Field, nullable: true);
            this.MemberField(x => x.FailsOnceToo, nullable: true, name: "failsOnce");
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("slowTags").ResolveAsync(async c =>
            {
                await Task.Yield();
                return (object?)new List<string> { "slow" + c.Source.N };
            });
            Field<ListGraphType<StringGraphType>>("notAList").Resolve(_ => 42);
            // Reads from the source (the strategy takes them in place when they answer), with the resolver's fallback.
            Field<NonNullGraphType<ItemType>>("childOrLoaded").ResolveFromSource(x => x.Child, c => new Later(new Item(200 + c.Source.N, "loaded", 2m, 2, Guid.Empty, null)));
            Field<ItemType>("childRead").ResolveFromSource(x => x.Child);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tagsRead")
                .ResolveFromSource(x => x.N % 2 == 0 ? new[] { "t" + x.N } : null, c => new Later(new[] { "late" + c.Source.N }));
            Field<NonNullGraphType<ListGraphType<ItemType>>>("childrenRead").ResolveFromSource(x => new[] { x.Child, null });
            Field<ListGraphType<NonNullGraphType<ItemType>>>("strictChildrenRead").ResolveFromSource(x => new[] { x, x.Child });
            Field<ListGraphType<NonNullGraphType<ItemType>>>("strictChildren").Resolve(c => new[] { c.Source, c.Source.Child });
            Field<StringGraphType>("upperRead").ResolveFromSource(x => x.Name?.ToUpperInvariant());
            Field<StringGraphType>("nickRead").ResolveFromSource(x => x.N % 2 == 0 ? "nick" + x.N : null, c => new Later("loadedNick" + c.Source.N));
            Field<NonNullGraphType<StringGraphType>>("requiredRead").ResolveFromSource(x => x.Name);
            Field<StringGraphType>("throwingRead").ResolveFromSource(x => x.N == 1 ? throw new InvalidOperationException("boom") : "read" + x.N);
            Field<NonNullGraphType<ItemType>>("notAnItemRead").ResolveFromSource(x => x.N == 5 ? "not an item" : x);
            Field<StringGraphType>("failsOnceRead").ResolveFromSource(x => x.FailsOnce);
        }
    }

    private sealed class TestSchema : Schema
    {
        public TestSchema()
        {
            var items = Enumerable.Range(0, 6)
                .Select(n => new Item(n, n == 3 ? null : "名" + n, n * 1.25m + 0.01m, 9_000_000_000L + n, new Guid(n, 0, 0, new byte[8]), n % 2 == 0 ? new Item(100 + n, "child", 1m, 1, Guid.Empty, null) : null))
                .ToList();
            var query = new ObjectGraphType { Name = "Query" };
            query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("items").Resolve(_ => items);
            query.Field<ListGraphType<ItemType>>("nullableItems").Resolve(_ => items);
            query.Field<ItemType>("one").Resolve(_ => items[4]);
            Query = query;
        }
    }

    private static readonly TestSchema Schema = new();

    private static DocumentExecuter Executer(IExecutionStrategy strategy) => new(new GraphQLDocumentBuilder(), new DocumentValidator(),
        new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(strategy, OperationType.Query)]), []);

    private static async Task<string> RunAsync(IExecutionStrategy strategy, bool ourWriter, GraphQLDocument document, string query, Inputs? variables, ISchema? schema = null)
    {
        var result = await Executer(strategy).ExecuteAsync(new ExecutionOptions { Schema = schema ?? Schema, Query = query, Document = document, Variables = variables });
        // The API's settings on both sides; GraphQL.NET's own converter where ours is not wanted.
        var serializer = new GraphQLSerializer(ourWriter ? ExecutionResultWriter.Configure : ExecutionResultWriter.Settings);
        var json = serializer.Serialize(result);
        // GraphQL.NET's other view of a result, the dictionaries of ExecutionNode.ToValue(), must agree as well.
        if (result.Data is ExecutionNode data && data.PropagateNull() is false)
            json += "\n" + System.Text.Json.JsonSerializer.Serialize(data.ToValue());
        return json;
    }

    // Parsed once per text and reused by every run, as the endpoint's document cache hands the same one to every request.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, GraphQLDocument> Documents = new();

    private static async Task<string> SameOnBothAsync(string query, Dictionary<string, object?>? variables = null)
    {
        var document = Documents.GetOrAdd(query, q => GraphQLParser.Parser.Parse(q));
        var inputs = variables is null ? null : new Inputs(variables);
        var expected = await RunAsync(new SerialExecutionStrategy(), false, document, query, inputs);
        var actual = await RunAsync(new FieldPlanningExecutionStrategy(), true, document, query, inputs);
        Assert.Equal(expected, actual);
        return actual;
    }

    [Fact]
    public async Task Scalars_lists_and_nested_objects_are_answered_alike()
    {
        var json = await SameOnBothAsync("{ items { id n name price big even ratio tags child { n name child { n } } } one { n } }");
        Assert.Contains("\"price\":1.26", json);
        Assert.Contains("\"big\":9000000001", json);
        Assert.Contains("\"name\":\"名5\"", json); // Chinese as UTF-8, not \u escapes
    }

    [Fact]
    public async Task Skip_and_include_follow_each_requests_variables_on_the_same_document()
    {
        const string query = "query Q($on: Boolean!) { items { n name @include(if: $on) price @skip(if: $on) ...F } } fragment F on Item { even @include(if: $on) }";
        var on = await SameOnBothAsync(query, new() { ["on"] = true });
        var off = await SameOnBothAsync(query, new() { ["on"] = false });
        Assert.Contains("\"name\"", on);
        Assert.Contains("\"even\"", on);
        Assert.DoesNotContain("\"price\"", on);
        Assert.DoesNotContain("\"name\"", off);
        Assert.DoesNotContain("\"even\"", off);
        Assert.Contains("\"price\"", off);
    }

    [Fact]
    public async Task Repeated_fields_aliases_and_fragments_merge_on_every_object()
    {
        var json = await SameOnBothAsync("""
            { items { n a: n child { n } child { name } ...F ... on Item { tags } } }
            fragment F on Item { name child { n child { n } } }
            """);
        Assert.Contains("\"child\":{\"n\":100,\"name\":\"child\",\"child\":null}", json);
        Assert.Contains("\"a\":5", json);
    }

    [Fact]
    public async Task Response_keys_are_the_aliases_as_written()
    {
        // The spec makes the alias as written the key. GraphQL.NET's converter would pass it through a naming policy
        // ("MyN" became "myN" under camelCase), so the API's settings have none, for either writer.
        var json = await SameOnBothAsync("{ items { MyN: n n_2: n } }");
        Assert.Contains("{\"MyN\":5,\"n_2\":5}", json);
    }

    [Fact]
    public async Task Plain_members_are_answered_as_their_resolvers_answer()
    {
        var json = await SameOnBothAsync("{ items { nProp nameProp priceProp idProp kind checked later field child { nProp kind } } }");
        Assert.Contains("\"kind\":\"SPECIAL\"", json);
        Assert.Contains("\"later\":\"later5\"", json);
        Assert.Contains("\"field\":null", json);
        Assert.Contains("\"path\":[\"items\",2,\"checked\"]", json); // a throwing getter is the field's error
        // A null for a non-null member nulls its nearest nullable parent, with the error on the member.
        var strict = await SameOnBothAsync("{ nullableItems { nProp requiredName } }");
        Assert.Contains("\"path\":[\"nullableItems\",3,\"requiredName\"]", strict);
        Assert.Contains("\"requiredName\":\"名2\"},null,{\"nProp\":4", strict);
    }

    [Fact]
    public async Task Source_reads_are_answered_as_their_resolvers_answer()
    {
        var json = await SameOnBothAsync("{ items { n childOrLoaded { n name tagsRead } childRead { n childRead { n } } tagsRead childrenRead { n } upperRead nickRead throwingRead } }");
        Assert.Contains("\"childOrLoaded\":{\"n\":100,\"name\":\"child\",\"tagsRead\":[\"t100\"]}", json);
        Assert.Contains("\"childOrLoaded\":{\"n\":201,\"name\":\"loaded\",\"tagsRead\":[\"late201\"]}", json); // no read: the fallback
        Assert.Contains("\"tagsRead\":[\"late1\"]", json);
        Assert.Contains("\"childRead\":null", json);
        Assert.Contains("\"childrenRead\":[{\"n\":100},null]", json);
        Assert.Contains("\"upperRead\":null", json);
        Assert.Contains("\"nickRead\":\"loadedNick1\"", json);
        Assert.Contains("\"path\":[\"items\",1,\"throwingRead\"]", json);
        // A null for a required read, and a value its type refuses, are errors on their field.
        var strict = await SameOnBothAsync("{ nullableItems { n requiredRead } one { notAnItemRead { n } } }");
        Assert.Contains("\"path\":[\"nullableItems\",3,\"requiredRead\"]", strict);
        Assert.Contains("\"requiredRead\":\"名2\"},null,{\"n\":4", strict);
        Assert.Contains("\"notAnItemRead\":{\"n\":4}", strict);
        var refused = await SameOnBothAsync("{ items { notAnItemRead { n } } }");
        Assert.Contains("\"path\":[\"items\",5,\"notAnItemRead\"]", refused);
        // A null item in a list of required items is an error on the item and nulls the list, read or resolved.
        var lists = await SameOnBothAsync("{ items { n strictChildrenRead { n } strictChildren { n } } }");
        Assert.Contains("\"path\":[\"items\",1,\"strictChildrenRead\",1]", lists);
        Assert.Contains("\"path\":[\"items\",1,\"strictChildren\",1]", lists);
        Assert.Contains("{\"n\":1,\"strictChildrenRead\":null,\"strictChildren\":null}", lists);
        Assert.Contains("\"strictChildrenRead\":[{\"n\":0},{\"n\":100}]", lists);
    }

    [Fact]
    public async Task Source_reads_that_answer_skip_the_resolver()
    {
        const string query = "{ items { childOrLoaded { n } tagsRead upperRead idProp } }";
        var executer = Executer(new FieldPlanningExecutionStrategy());
        var result = await executer.ExecuteAsync(new ExecutionOptions { Schema = Schema, Query = query });
        var items = ((ArrayExecutionNode)((ObjectExecutionNode)result.Data!).SubFields![0]).Items!;
        ExecutionNode Field(int item, string name) => ((ObjectExecutionNode)items[item]).SubFields!.Single(f => f.Name == name);

        Assert.IsType<FieldPlanningExecutionStrategy.ReadObjectNode>(Field(0, "childOrLoaded"));
        Assert.IsType<FieldPlanningExecutionStrategy.ReadListNode>(Field(0, "tagsRead"));
        // A scalar read in place is a value on its object, not a node.
        var first = (FieldPlanningExecutionStrategy.PlannedObjectNode)items[0];
        Assert.Equal("名0", first.Values![Array.FindIndex(first.Fields!, f => f.Definition.Name == "upperRead")]);
        Assert.DoesNotContain(first.SubFields!, f => f.Name == "upperRead");
        // An ID read as a Guid is held as one (the writer formats it); GraphQL.NET's dictionary form has its string.
        Assert.IsType<Guid>(first.Values![Array.FindIndex(first.Fields!, f => f.Definition.Name == "idProp")]);
        Assert.Equal("00000000-0000-0000-0000-000000000000", ((Dictionary<string, object?>)first.ToValue()!)["idProp"]);
        // Item 1 has no child and odd tags: those reads had no answer and the resolver ran.
        Assert.IsNotType<FieldPlanningExecutionStrategy.ReadObjectNode>(Field(1, "childOrLoaded"));
        Assert.IsNotType<FieldPlanningExecutionStrategy.ReadListNode>(Field(1, "tagsRead"));
    }

    [Fact]
    public async Task Field_middleware_runs_for_fields_that_could_be_read_in_place()
    {
        // Middleware (logging, authorisation, metrics) wraps resolvers; reading around it would skip it.
        var calls = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var schema = new TestSchema();
        schema.FieldMiddleware.Use(next => context =>
        {
            calls.AddOrUpdate(context.FieldDefinition.Name, 1, (_, n) => n + 1);
            return next(context);
        });
        const string query = "{ items { nProp upperRead childOrLoaded { n } } }";
        var executer = Executer(new FieldPlanningExecutionStrategy());
        var result = await executer.ExecuteAsync(new ExecutionOptions { Schema = schema, Query = query });

        Assert.Null(result.Errors);
        Assert.Equal(6, calls["nProp"]);
        Assert.Equal(6, calls["upperRead"]);
        Assert.Equal(6, calls["childOrLoaded"]);
    }

    [Fact]
    public async Task A_read_that_throws_is_its_fields_error_once_never_tried_again()
    {
        // Each side on items of its own, whose read fails the first time only: the failure is the answer, as on
        // GraphQL.NET's strategy, not a silent second attempt that succeeds.
        const string query = "{ items { n failsOnceRead failsOnce } }";
        var document = GraphQLParser.Parser.Parse(query);
        var expected = await RunAsync(new SerialExecutionStrategy(), false, document, query, null, new TestSchema());
        var actual = await RunAsync(new FieldPlanningExecutionStrategy(), true, document, query, null, new TestSchema());
        Assert.Equal(expected, actual);
        Assert.Contains("\"path\":[\"items\",0,\"failsOnceRead\"]", actual);
        Assert.Contains("\"path\":[\"items\",5,\"failsOnce\"]", actual);
        Assert.DoesNotContain("second read", actual);
    }

    [Fact]
    public void A_task_is_not_a_member_to_read_in_place()
    {
        Assert.Throws<ArgumentException>(() => new ObjectGraphType<Item>().MemberField(x => x.Later));
    }

    [Fact]
    public async Task Resolver_errors_land_on_their_field_with_its_path()
    {
        var json = await SameOnBothAsync("{ items { n failsExpectedly failsUnexpectedly } }");
        Assert.Contains("\"path\":[\"items\",1,\"failsExpectedly\"]", json);
        Assert.Contains("\"path\":[\"items\",2,\"failsUnexpectedly\"]", json);
    }

    [Fact]
    public async Task A_null_in_a_required_field_nulls_its_nearest_nullable_parent()
    {
        var strict = await SameOnBothAsync("{ items { n required } }");
        Assert.Contains("\"data\":null", strict);
        var lenient = await SameOnBothAsync("{ nullableItems { n required } one { n } }");
        Assert.Contains("\"required\":\"名2\"},null,{\"n\":4", lenient); // only the item with the null is gone
        Assert.Contains("\"one\":{\"n\":4}", lenient);
        Assert.Contains("\"path\":[\"nullableItems\",3,\"required\"]", lenient);
    }

    [Fact]
    public async Task Batched_and_failing_objects_and_lists_complete_alike()
    {
        var json = await SameOnBothAsync("{ items { n batchedChild { n tags } failingChild { n } slowTags notAList } }");
        Assert.Contains("\"path\":[\"items\",1,\"failingChild\"]", json);
        Assert.Contains("\"batchedChild\":{\"n\":100,\"tags\":[\"a100\",\"b\"]}", json);
        Assert.Contains("\"path\":[\"items\",0,\"notAList\"]", json);
    }

    [Fact]
    public async Task Async_and_batched_scalars_complete_in_order()
    {
        var json = await SameOnBothAsync("{ items { slow n batched } one { batched slow } }");
        Assert.Contains("{\"slow\":\"slow0\",\"n\":0,\"batched\":\"batched0\"}", json);
    }
}
