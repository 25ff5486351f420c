export const VALIDATE_FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit'];
export function summarize(files, diagnostics) {
    const count = (s) => diagnostics.filter((d) => d.severity === s).length;
    return {
        files: files.length,
        maps: files.reduce((n, f) => n + f.maps.length, 0),
        errors: count('error'),
        warnings: count('warning'),
        infos: count('info'),
    };
}
