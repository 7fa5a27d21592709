using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Execution;

namespace PropertySaaS.Api.GraphQL;

/// <summary>
/// Writes GraphQL results as GraphQL.SystemTextJson's own converter does (errors, data, extensions; fields in
/// execution order), except that response keys are written as the query spells them (the library's converter
/// camel-cases aliases) and strings, numbers and booleans go straight to the writer. The library hands every
/// scalar to <c>JsonSerializer.Serialize(object)</c>, which looks up a converter by runtime type each time — about a
/// third of the cost of writing a page of 100 units (docs/benchmarks.md §2). Any other value still goes through it.
/// </summary>
public sealed class ExecutionResultWriter : JsonConverter<ExecutionResult>
{
    /// <summary>
    /// The API's JSON settings for GraphQL requests and results, with either writer. Chinese text is written as UTF-8,
    /// not as \uXXXX escapes (a third of the bytes, and readable); characters that are special in HTML are still
    /// escaped. No naming policy: GraphQL.NET's own converter would pass response keys through it, and the spec makes
    /// the alias or field name as written the key.
    /// </summary>
    public static void Settings(JsonSerializerOptions options)
    {
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    }

    /// <summary>The API's settings with this writer.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        Settings(options);
        options.Converters.Add(new ExecutionResultWriter());
    }

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }
        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode node) WriteNode(writer, node, options);
            else JsonSerializer.Serialize(writer, value.Data, options);
        }
        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }
        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode node, JsonSerializerOptions options)
    {
        switch (node)
        {
            case ValueExecutionNode scalar:
                WriteScalar(writer, scalar.ToValue(), options);
                break;
            case FieldPlanningExecutionStrategy.PlannedObjectNode { SubFields: { } nodes, Values: { } values, Fields: { } planned }:
                // Scalars read in place are values here, the other fields nodes, in response order.
                writer.WriteStartObject();
                for (int i = 0, k = 0; i < values.Length; i++)
                {
                    writer.WritePropertyName(planned[i].Key);
                    if (ReferenceEquals(values[i], FieldPlanningExecutionStrategy.PlannedObjectNode.InNode)) WriteNode(writer, nodes[k++], options);
                    else WriteScalar(writer, values[i], options);
                }
                writer.WriteEndObject();
                break;
            case ObjectExecutionNode { SubFields: { } fields }:
                writer.WriteStartObject();
                foreach (var field in fields)
                {
                    // The response key is the alias or field name as written (spec 6.3.2); no naming policy applies.
                    writer.WritePropertyName(field.Name!);
                    WriteNode(writer, field, options);
                }
                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: { } items }:
                writer.WriteStartArray();
                foreach (var item in items) WriteNode(writer, item, options);
                writer.WriteEndArray();
                break;
            case ArrayExecutionNode list:
                JsonSerializer.Serialize(writer, list.SerializedResult, options);
                break;
            case ObjectExecutionNode or NullExecutionNode:
                // A null object (no fields laid out, or nulled by a required field's error).
                writer.WriteNullValue();
                break;
            default:
                // Any other kind of node: its value as GraphQL.NET gives it, as GraphQL.NET's own converter does.
                JsonSerializer.Serialize(writer, node.ToValue(), options);
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        // Number handling other than the default changes how numbers are written: leave those to the serializer.
        var strictNumbers = options.NumberHandling == JsonNumberHandling.Strict;
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i when strictNumbers: writer.WriteNumberValue(i); break;
            case long l when strictNumbers: writer.WriteNumberValue(l); break;
            case decimal d when strictNumbers: writer.WriteNumberValue(d); break;
            // IDs: the writer formats a Guid ("D", as the serializer does) without a string in between.
            case Guid g: writer.WriteStringValue(g); break;
            default: JsonSerializer.Serialize(writer, value, options); break;
        }
    }

    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("GraphQL results are only written.");

    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionResult).IsAssignableFrom(typeToConvert);
}
