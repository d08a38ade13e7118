#pragma once

#include <QString>

namespace dashboard::offline {

// Collision-resistant ids made on this machine (the cuid format Prisma's @default(cuid()) uses):
// 'c' + time in ms (8 base-36 digits) + a per-process counter (4) + a fingerprint of the process
// and host (4) + random (8): 25 lower-case characters, roughly sortable by creation time.
//
// Ids made offline must never collide with those of other machines or other runs: the counter
// separates ids of one process within one millisecond, the fingerprint separates processes, and
// the random block separates everything else. Thread-safe.
namespace Cuid {

QString generate();

// True for a string of the cuid shape: 25 characters, 'c' then [0-9a-z].
bool isValid(const QString &id);

constexpr int kLength = 25;

} // namespace Cuid
} // namespace dashboard::offline
