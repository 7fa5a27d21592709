using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PropertySaaS.Api.Tests.Support;

/// <summary>An error of a mutation payload: its schema type, code, field and localised message.</summary>
public sealed record PayloadError([property: JsonPropertyName("__typename")] string? Typename, string? Code, string? Field, string? Message);

/// <summary>
/// A mutation payload read as the schema shapes every one: one result field (<c>feeItem</c>, <c>payment</c>,
/// <c>shift</c>…) and <c>errors</c>. <see cref="Result"/> is that one field, whatever its name; a payload with more
/// fields than that gets a record of its own.
/// </summary>
[JsonConverter(typeof(PayloadConverterFactory))]
public sealed record Payload<T>(T? Result, IReadOnlyList<PayloadError> Errors)
{
    /// <summary>The result of a payload that must have succeeded; fails the test with the errors otherwise.</summary>
    public T Ok()
    {
        Assert.True(Errors.Count == 0, "Unexpected payload errors: " + string.Join("; ", Errors));
        Assert.NotNull(Result);
        return Result;
    }
}

internal sealed class PayloadConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type t) => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Payload<>);

    public override JsonConverter CreateConverter(Type t, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(PayloadConverter<>).MakeGenericType(t.GetGenericArguments()[0]))!;

    private sealed class PayloadConverter<T> : JsonConverter<Payload<T>>
    {
        public override Payload<T>? Read(ref Utf8JsonReader reader, Type type, JsonSerializerOptions options)
        {
            if (JsonNode.Parse(ref reader) is not JsonObject o) return null;
            var errors = o["errors"]?.Deserialize<List<PayloadError>>(options) ?? [];
            var result = o.Where(p => p.Key is not ("errors" or "__typename")).ToList();
            if (result.Count > 1) throw new JsonException($"A payload with fields {string.Join(", ", result.Select(p => p.Key))} needs a record of its own.");
            return new Payload<T>(result.Count == 0 ? default : result[0].Value.Deserialize<T>(options), errors);
        }

        public override void Write(Utf8JsonWriter writer, Payload<T> value, JsonSerializerOptions options) => throw new NotSupportedException();
    }
}
