/// Disjoint sets over 0..<count, for grouping touching rulings into tables.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ item: Int) -> Int {
        var root = item
        while parent[root] != root { root = parent[root] }
        var node = item
        while parent[node] != root { (node, parent[node]) = (parent[node], root) }
        return root
    }

    mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (find(a), find(b))
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
