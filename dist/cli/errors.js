/**
 * Exit codes in one place. 0: done, nothing at or above the failing severity; 1: findings at or
 * above it; 2: could not do the job (a user or environment problem, said in one line); 70: a bug
 * (EX_SOFTWARE); 130 and 143: stopped by Ctrl-C (SIGINT) or SIGTERM, 128 + the signal's number.
 */
export const EXIT = {
    ok: 0,
    findings: 1,
    failure: 2,
    bug: 70,
    interrupted: 130,
    terminated: 143,
};
/** The job could not be done for a reason the user can fix: one line, exit 2, no stack. */
export class UsageError extends Error {
    name = 'UsageError';
}
/** A Node system error (ENOENT, EACCES, …) as a short phrase. */
export function describeSystemError(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return 'no such file or folder';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'it is a folder, not a file';
        case 'ENOTDIR':
            return 'a part of the path is a file, not a folder';
        case 'ELOOP':
            return 'too many symbolic links (a link loop)';
        case 'ENOSPC':
            return 'no space left on the device';
        case 'EROFS':
            return 'the file system is read-only';
        case 'EIO':
            return 'an input/output error (the disk or file system could not read it)';
        case 'EFBIG':
            return 'the file would be larger than this system allows (a file size limit)';
        case 'EDQUOT':
            return 'the disk quota is used up';
        case 'EMFILE':
            return 'too many open files';
        default:
            return error instanceof Error ? error.message : String(error);
    }
}
