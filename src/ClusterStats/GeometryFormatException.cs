namespace ClusterStats.Spatial;

/// <summary>
/// Thrown when a geometry file (a GeoJSON FeatureCollection) cannot be read as region polygons: the file, where in it
/// (<see cref="Location"/>: a JSON path such as <c>features[3].properties.id</c>, or a line and column for broken JSON),
/// the feature's 0-based index when the problem is in one feature, the text found and what was expected.
/// </summary>
public sealed class GeometryFormatException : ClusterStatsException
{
    /// <summary>Creates the exception.</summary>
    internal GeometryFormatException(string file, string location, int? featureIndex, string found, string expected)
        : base($"{file}: {location}: found {found}; expected {expected}.")
    {
        File = file;
        Location = location;
        FeatureIndex = featureIndex;
        Found = found;
        Expected = expected;
    }

    /// <summary>The file name as given by the caller (or the source name given with the text).</summary>
    public string File { get; }

    /// <summary>Where the problem is: a JSON path (<c>features[3].geometry</c>) or <c>line L, column C</c>.</summary>
    public string Location { get; }

    /// <summary>The 0-based index of the feature in <c>features</c>, or null when the problem is not in one feature.</summary>
    public int? FeatureIndex { get; }

    /// <summary>The text found (shortened to 80 characters, with its length when longer).</summary>
    public string Found { get; }

    /// <summary>What was expected there.</summary>
    public string Expected { get; }
}
