using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ClusterStats.Internal;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace ClusterStats.Spatial.Internal;

/// <summary>
/// Reads the regions of a GeoJSON FeatureCollection: the structure (collection, features, id) is walked here so that
/// every error names the feature and property; each geometry object is converted by NetTopologySuite's GeoJSON reader.
/// </summary>
internal static class GeoJsonRegions
{
    private static readonly JsonSerializerOptions GeometryOptions = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        // The resolver is named, not left to the default: an application that turns reflection-based serialization
        // off by default (file-based apps and native AOT do) would otherwise fail every geometry.
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }

    public static RegionGeometry[] Read(ReadOnlySpan<byte> utf8, string file, string idProperty)
    {
        ArgumentNullException.ThrowIfNull(idProperty);
        if (idProperty.Length == 0) ThrowHelper.Argument(nameof(idProperty), "The id property name is empty: expected the name of a feature property.");
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) utf8 = utf8[3..];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException ex)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}");
            return SpatialThrow.Geometry<RegionGeometry[]>(file, where, null, "text that is not JSON (" + ex.Message.Split(" Path:")[0].TrimEnd('.') + ")", "a GeoJSON FeatureCollection");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !IsString(root, "type", "FeatureCollection"))
            {
                var found = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) ? Show(t) : Show(root);
                SpatialThrow.Geometry(file, root.ValueKind == JsonValueKind.Object ? "type" : "(document)", null, found, "a GeoJSON object with \"type\": \"FeatureCollection\"");
            }
            if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
                SpatialThrow.Geometry(file, "features", null, root.TryGetProperty("features", out var f) ? Show(f) : "nothing", "an array of features");
            var regions = new List<RegionGeometry>(features.GetArrayLength());
            var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            int index = 0;
            foreach (var feature in features.EnumerateArray())
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"features[{index}]");
                if (feature.ValueKind != JsonValueKind.Object || !IsString(feature, "type", "Feature"))
                    SpatialThrow.Geometry(file, at + (feature.ValueKind == JsonValueKind.Object ? ".type" : ""), index,
                        feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("type", out var ft) ? Show(ft) : Show(feature), "a GeoJSON Feature");
                var id = Id(feature, file, at, index, idProperty);
                if (!firstIndex.TryAdd(id, index))
                    SpatialThrow.Geometry(file, at, index, $"the id '{ThrowHelper.Shorten(id)}' again (first at features[{firstIndex[id].ToString(CultureInfo.InvariantCulture)}])", "a region id used by one feature only");
                regions.Add(new RegionGeometry(id, Geometry(feature, file, at, index, id)));
                index++;
            }
            if (regions.Count == 0) SpatialThrow.Geometry(file, "features", null, "an empty array", "at least one feature");
            return [.. regions];
        }
    }

    private static bool IsString(JsonElement element, string property, string value) =>
        element.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String && p.ValueEquals(value);

    /// <summary>A JSON value as a message shows it: strings quoted, others as written, shortened.</summary>
    private static string Show(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "\"" + ThrowHelper.Shorten(element.GetString()!) + "\"",
        _ => ThrowHelper.Shorten(element.GetRawText()),
    };

    private static string Id(JsonElement feature, string file, string at, int index, string idProperty)
    {
        bool hasProperties = feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object;
        if (hasProperties && properties.TryGetProperty(idProperty, out var value))
            return IdText(value) ?? SpatialThrow.Geometry<string>(file, $"{at}.properties.{idProperty}", index, Show(value), "a region id (a non-empty string or a number)");
        if (feature.TryGetProperty("id", out var own))
            return IdText(own) ?? SpatialThrow.Geometry<string>(file, $"{at}.id", index, Show(own), "a region id (a non-empty string or a number)");
        return SpatialThrow.Geometry<string>(file, $"{at}.properties.{idProperty}", index, hasProperties ? "no such property" : "no properties", $"the region id in property '{idProperty}' or the feature's own id");
    }

    private static string? IdText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when value.GetString() is { Length: > 0 } s && !string.IsNullOrWhiteSpace(s) => s,
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    private static Geometry Geometry(JsonElement feature, string file, string at, int index, string id)
    {
        var where = at + ".geometry";
        if (!feature.TryGetProperty("geometry", out var element) || element.ValueKind == JsonValueKind.Null)
            return SpatialThrow.Geometry<Geometry>(file, where, index, $"no geometry for region '{ThrowHelper.Shorten(id)}'", "a Polygon or MultiPolygon");
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || !(type.ValueEquals("Polygon") || type.ValueEquals("MultiPolygon")))
        {
            var found = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("type", out var t) ? Show(t) : Show(element);
            return SpatialThrow.Geometry<Geometry>(file, where + ".type", index, found, "a Polygon or MultiPolygon");
        }
        Geometry? geometry;
        try
        {
            geometry = element.Deserialize<Geometry>(GeometryOptions);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            return SpatialThrow.Geometry<Geometry>(file, where + ".coordinates", index, ThrowHelper.Shorten(ex.Message),
                "rings of at least 4 [x, y] positions whose last position repeats the first");
        }
        if (geometry is not (Polygon or MultiPolygon) || geometry.IsEmpty)
            return SpatialThrow.Geometry<Geometry>(file, where + ".coordinates", index, geometry is null ? "null" : "an empty " + geometry.GeometryType, "a Polygon or MultiPolygon with at least one ring");
        for (int p = 0; p < geometry.NumGeometries; p++)
        {
            var polygon = (Polygon)geometry.GetGeometryN(p);
            foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
            {
                if (ring.NumPoints < 4 || !ring.IsClosed)
                    return SpatialThrow.Geometry<Geometry>(file, where + ".coordinates", index,
                        string.Create(CultureInfo.InvariantCulture, $"a ring of {ring.NumPoints} position(s){(ring.NumPoints >= 4 ? " whose last position is not its first" : "")}"),
                        "rings of at least 4 [x, y] positions whose last position repeats the first");
            }
        }
        foreach (var c in geometry.Coordinates)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y))
                return SpatialThrow.Geometry<Geometry>(file, where + ".coordinates", index,
                    string.Create(CultureInfo.InvariantCulture, $"the position [{c.X:R}, {c.Y:R}]"), "finite coordinates");
        }
        return geometry;
    }
}
