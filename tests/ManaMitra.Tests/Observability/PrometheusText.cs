using System.Globalization;
using System.Text;

namespace ManaMitra.Tests.Observability;

/// <summary>A scrape of <c>/metrics</c> in Prometheus' text format, read sample by sample.</summary>
public sealed class PrometheusText
{
    private readonly List<(string Name, Dictionary<string, string> Labels, double Value)> _samples = [];

    public PrometheusText(string text)
    {
        Text = text;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var brace = line.IndexOf('{', StringComparison.Ordinal);
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            string name;
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            string rest;
            if (brace >= 0 && brace < space)
            {
                name = line[..brace];
                var close = ReadLabels(line, brace + 1, labels);

                rest = line[(close + 1)..].Trim();
            }
            else
            {
                name = line[..space];
                rest = line[(space + 1)..].Trim();
            }

            var value = rest.Split(' ')[0];
            _samples.Add((name, labels, double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture)));
        }
    }

    public string Text { get; }

    /// <summary>The sum over every sample of <paramref name="name"/> that carries all of <paramref name="labels"/> (0 when none).</summary>
    public double Value(string name, params (string Key, string Value)[] labels) =>
        _samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).Sum(s => s.Value);

    public bool Has(string name) => _samples.Any(s => s.Name == name);

    /// <summary>Reads <c>key="value",…</c> up to the closing brace; values may hold braces, commas and escapes (routes do).</summary>
    private static int ReadLabels(string line, int at, Dictionary<string, string> labels)
    {
        while (line[at] != '}')
        {
            var eq = line.IndexOf('=', at);
            var key = line[at..eq].Trim(',', ' ');
            var value = new StringBuilder();
            var i = eq + 2;
            for (; line[i] != '"'; i++)
            {
                value.Append(line[i] == '\\' ? line[++i] : line[i]);
            }

            labels[key] = value.ToString();
            at = i + 1;
            while (line[at] is ',' or ' ')
            {
                at++;
            }
        }

        return at;
    }
}
