namespace PropertySaaS.Api.Features.Attachments;

/// <summary>
/// Where a stored file lives: always under its company, so no object is ever shared across companies, then the area that
/// owns it (service-requests, renovations, notices …) and the file's own id.
/// </summary>
public readonly record struct FileKey(Guid CompanyId, string Area, Guid FileId)
{
    public string Path => $"companies/{CompanyId:N}/{Area}/{FileId:N}";

    /// <summary>The key of a file of the company the gate let in.</summary>
    public static FileKey Of(Tenancy.ResolvedTenant company, string area, Guid fileId)
    {
        if (string.IsNullOrEmpty(area) || !area.All(c => c is >= 'a' and <= 'z' or '-'))
            throw new ArgumentException("An area is lowercase letters and hyphens.", nameof(area));
        return new FileKey(company.Id, area, fileId);
    }
}

/// <summary>
/// The small storage interface for uploaded files (issue 15 §7): local disk by default, an S3-compatible object store
/// for several API replicas. It stores bytes and nothing else; who may read them is decided before a key is ever built.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores the bytes under the key, replacing nothing else.</summary>
    Task PutAsync(FileKey key, byte[] content, string contentType, CancellationToken ct);
    /// <summary>The stored bytes, or null when nothing is stored under the key.</summary>
    Task<byte[]?> ReadAsync(FileKey key, CancellationToken ct);
    /// <summary>Removes the file; a missing file is not an error.</summary>
    Task DeleteAsync(FileKey key, CancellationToken ct);
}

/// <summary>Local disk under the data folder: one file per key, written to a temporary name first so a reader never sees half a file.</summary>
public sealed class LocalDiskFileStore(string root) : IFileStore
{
    public string Root { get; } = System.IO.Path.GetFullPath(root);

    private string PathOf(FileKey key) => System.IO.Path.Combine(Root, key.Path.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public async Task PutAsync(FileKey key, byte[] content, string contentType, CancellationToken ct)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temp, content, ct);
        File.Move(temp, path, overwrite: true);
    }

    public async Task<byte[]?> ReadAsync(FileKey key, CancellationToken ct)
    {
        var path = PathOf(key);
        try { return await File.ReadAllBytesAsync(path, ct); }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException) { return null; }
    }

    public Task DeleteAsync(FileKey key, CancellationToken ct)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }
}
