package io.flick.account.block;

import java.util.Set;

import org.springframework.stereotype.Component;

import io.flick.account.Blocks;
import io.flick.shared.UserId;

@Component
class BlocksQuery implements Blocks {

    private final StoredBlocks blocks;

    BlocksQuery(StoredBlocks blocks) {
        this.blocks = blocks;
    }

    @Override
    public boolean eitherBlocks(UserId one, UserId other) {
        return blocks.eitherBlocks(one, other);
    }

    @Override
    public Set<UserId> hiddenFrom(UserId user) {
        return Set.copyOf(blocks.hiddenFrom(user));
    }
}
